package org.posyandu.api.spm;

import java.util.List;

/**
 * A menu of a module at Posyandu level (what a kabupaten enables or not).
 *
 * @param sasaran the target group served, e.g. {@code balita}, {@code rumah tangga}; {@code null} if none
 */
public record MenuDefinition(String id, String nama, String namaEn, String deskripsi, String sasaran,
        List<FormDefinition> forms) {
    public MenuDefinition {
        forms = List.copyOf(forms);
    }
}
