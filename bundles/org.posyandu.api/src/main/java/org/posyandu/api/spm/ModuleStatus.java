package org.posyandu.api.spm;

/**
 * A module as the registry sees it.
 *
 * @param status  {@code AKTIF} (serving), {@code GAGAL} (its bundle or migrations failed; see {@code alasan})
 * @param alasan  why it failed, or {@code null}
 * @param module  the descriptor, or {@code null} when the module never came up
 */
public record ModuleStatus(String id, String status, String alasan, ModuleDescriptor module) {
    public static final String AKTIF = "AKTIF";
    public static final String GAGAL = "GAGAL";
}
