package org.posyandu.api.pendanaan;

/** Funding sources a Posyandu may draw on (Permendagri 13/2024, Pasal on pendanaan). */
public enum SumberDana {
    APBN, APBD_PROVINSI, APBD_KABUPATEN, APBDES, SWADAYA, LAINNYA
}
