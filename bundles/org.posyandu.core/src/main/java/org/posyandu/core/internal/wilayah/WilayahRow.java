package org.posyandu.core.internal.wilayah;

import java.util.Locale;

/** One region as stored in the {@code wilayah} table. */
record WilayahRow(String kode, String nama, String namaCari, short tingkat, String indukKode) {
    /** The columns of {@link #appendCsv}, in order. */
    static final String COLUMNS = "kode, nama, nama_cari, tingkat, induk_kode";

    /** The lower-case form stored for case-insensitive name search. */
    static String searchKey(String nama) {
        return nama.toLowerCase(Locale.ROOT);
    }

    /**
     * Appends the row as one CSV line in the column order {@link #COLUMNS}: text quoted with doubled quotes, a
     * missing parent as an empty unquoted field, which both Derby's import and PostgreSQL's {@code COPY … CSV}
     * read as NULL.
     */
    void appendCsv(StringBuilder out) {
        out.append(kode).append(',');
        quoted(out, nama).append(',');
        quoted(out, namaCari).append(',').append(tingkat).append(',');
        if (indukKode != null) {
            out.append(indukKode);
        }
        out.append('\n');
    }

    private static StringBuilder quoted(StringBuilder out, String text) {
        return out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
