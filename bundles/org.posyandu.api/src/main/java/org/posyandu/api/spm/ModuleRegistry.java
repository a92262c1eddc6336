package org.posyandu.api.spm;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The modules present on this platform, tracked as they come and go. */
@ProviderType
public interface ModuleRegistry {

    /** Every known module, serving or failed, by id. */
    List<ModuleStatus> modules();

    /** The serving modules' descriptors, by id (cheap: for request paths; {@link #modules()} also inspects bundles). */
    List<ModuleDescriptor> serving();

    /** A serving module. */
    Optional<SpmModule> module(String id);

    /** A form of a serving module. */
    Optional<FormDefinition> form(String formId);
}
