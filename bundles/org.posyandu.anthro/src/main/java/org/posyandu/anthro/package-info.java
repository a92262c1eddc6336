/**
 * WHO 2006 child growth standards by WHO's own rules (igrowup / WHO Anthro): age in completed days, z-scores for
 * weight-for-age, length/height-for-age, weight-for-length/height, BMI-for-age and head circumference-for-age,
 * the restricted LMS method beyond ±3 SD for the weight-based indicators, the 0.7 cm length/height conversion at
 * 24 months, interpolation between 0.1 cm rows, nothing from 60 months on, WHO's implausibility flags and the
 * Permenkes 2/2020 classes, and the KMS minimum weight gain (N/T). Plain Java: no container, no I/O after loading the tables.
 */
@Version("1.1.0")
@Export
package org.posyandu.anthro;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
