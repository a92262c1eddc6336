/**
 * The SPM module SPI: what a bundle implements to add an SPM field (or part of one) to the platform. A module
 * registers an {@link org.posyandu.api.spm.SpmModule} service (whiteboard); it describes its menus, forms
 * (fields with types, units, ranges, choices, conditions), and indicators, and may add validation beyond the
 * field rules and derived values. The core serves the forms as JSON Schema 2020-12, validates and stores
 * submissions idempotently in the module's own table, applies per-kabupaten activation, and serves the module's
 * reports ({@link org.posyandu.api.spm.ModuleReport}) after checking role and scope. Since 1.2 a module may say who
 * each form may be about ({@link org.posyandu.api.spm.Eligibility}); the core refuses everyone else. A module needs no
 * JAX-RS code of its own.
 */
@Version("1.3.0")
@Export
package org.posyandu.api.spm;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
