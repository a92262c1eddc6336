package org.posyandu.api.spm;

import java.util.Objects;

import org.posyandu.api.security.Role;

/**
 * What a {@link ModuleReport} is and who may read it.
 *
 * @param module      id of the module it belongs to
 * @param id          id within the module, lower-case with hyphens (e.g. {@code skdn}, {@code e-ppgbm})
 * @param judul       name in Bahasa Indonesia
 * @param title       name in English
 * @param target      an area and month, or one resident
 * @param subjek      for {@link Target#WARGA}: the path segment naming the resident (e.g. {@code anak});
 *                    {@code laporan} for {@link Target#WILAYAH}
 * @param minimumRole the lowest role that may read it
 * @param dataPribadi whether the output shows personal data (names, NIK, measurements of a person); the core
 *                    then allows it only within the caller's scope down to the Posyandu and audits it as an export
 * @param mediaType   what {@link ModuleReport#produce} returns: {@code application/json}, {@code text/csv},
 *                    {@code image/svg+xml}
 */
public record ReportDescriptor(String module, String id, String judul, String title, Target target, String subjek,
        Role minimumRole, boolean dataPribadi, String mediaType) {

    /** What a report is about. */
    public enum Target {
        /** An area (wilayah or Posyandu) and a month. */
        WILAYAH,
        /** One resident. */
        WARGA
    }

    public ReportDescriptor {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(minimumRole, "minimumRole");
        Objects.requireNonNull(mediaType, "mediaType");
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("report id must be lower-case letters, digits and hyphens: " + id);
        }
        if (subjek == null) {
            subjek = target == Target.WILAYAH ? "laporan" : null;
        }
        if (subjek == null || !subjek.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a resident report names its path segment (subjek): " + subjek);
        }
        if (target == Target.WILAYAH && !subjek.equals("laporan")) {
            throw new IllegalArgumentException("area reports are served under laporan/");
        }
    }
}
