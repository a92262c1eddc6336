package org.posyandu.api.spm;

import java.util.Objects;

/**
 * What a {@link ModuleReport} produced.
 *
 * @param mediaType as declared by the report
 * @param body      for JSON a value Jackson writes (maps, lists, records); for text types a {@code String}
 * @param filename  suggested download name (CSV), or {@code null}
 */
public record ReportOutput(String mediaType, Object body, String filename) {
    public ReportOutput {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(body, "body");
    }

    public static ReportOutput json(Object body) {
        return new ReportOutput("application/json", body, null);
    }
}
