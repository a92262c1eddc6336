package org.posyandu.api.kader;

/**
 * Roles in a Posyandu's pengurus. Ketua, sekretaris and bendahara are held by one person at a time; a
 * koordinator coordinates one SPM field; a kader serves one SPM field.
 */
public enum Jabatan {
    KETUA, SEKRETARIS, BENDAHARA, KOORDINATOR, KADER;

    /** Whether the role is tied to one SPM field. */
    public boolean needsBidang() {
        return this == KOORDINATOR || this == KADER;
    }

    /** Whether only one person may hold the role (per field, for koordinator) at a time. */
    public boolean isSingleHolder() {
        return this != KADER;
    }
}
