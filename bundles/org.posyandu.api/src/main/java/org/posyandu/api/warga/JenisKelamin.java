package org.posyandu.api.warga;

/** Sex as recorded on the KTP/KK: laki-laki or perempuan. */
public enum JenisKelamin {
    L, P
}
