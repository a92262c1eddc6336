package org.posyandu.api.spm;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.posyandu.api.security.Caller;

/**
 * Per-kabupaten activation of modules and menus. A kabupaten starts with only {@code kesehatan} enabled;
 * every change is kept as history and audited.
 */
@ProviderType
public interface ActivationService {

    /** The activation of every serving module for a kabupaten (the caller must be inside it or above it). */
    List<Activation> forKabupaten(Caller caller, String kabupatenKode);

    /**
     * Enables or disables a module (and, when enabling, the listed menus; {@code null} = all) for a kabupaten
     * the caller administers (ADMIN_KABUPATEN of it or above).
     */
    Activation set(Caller caller, String kabupatenKode, String moduleId, boolean enabled, List<String> menus);

    /** Earlier states, newest first. */
    List<Activation> history(Caller caller, String kabupatenKode, String moduleId);

    /** Whether the menu of a module is enabled for the kabupaten. */
    boolean isEnabled(String kabupatenKode, String moduleId, String menuId);
}
