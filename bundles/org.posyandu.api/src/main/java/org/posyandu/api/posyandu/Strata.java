package org.posyandu.api.posyandu;

/** Development level of a Posyandu as the Tim Pembina grades it (pratama, madya, purnama, mandiri). */
public enum Strata {
    PRATAMA, MADYA, PURNAMA, MANDIRI
}
