package org.posyandu.api.spm;

/** Whether a form's submissions are about one resident (warga). */
public enum Subject {
    /** Each submission names the resident ({@code wargaId}), e.g. a weighing, an ANC visit. */
    WARGA_REQUIRED,
    /** May name a resident, e.g. a household survey by its head. */
    WARGA_OPTIONAL,
    /** About the Posyandu or a place, e.g. an APAR check, a drill. */
    NONE
}
