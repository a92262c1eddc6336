package org.posyandu.api.warga;

import org.osgi.annotation.versioning.ConsumerType;

/** The region list as the NIK check needs it; the core implements it from the official Kemendagri codes. */
@ConsumerType
public interface NikRegions {

    boolean provinsiExists(String twoDigitCode);

    /** Whether a kecamatan exists today, by dotted code such as {@code 16.71.17}. */
    boolean kecamatanExists(String dottedKecamatanCode);
}
