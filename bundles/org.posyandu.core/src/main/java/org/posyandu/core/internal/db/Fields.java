package org.posyandu.core.internal.db;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.wilayah.Tingkat;
import org.posyandu.api.wilayah.WilayahService;

/** Small rules shared by the registry services: ids, name keys, RT/RW, database constraint errors. */
public final class Fields {
    private Fields() {
    }

    /** A new random UUID (version 4) as text. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Whether the text is a UUID in canonical form; anything else cannot be an id of ours. */
    public static boolean isId(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(id).toString().equals(id.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Trims and collapses inner whitespace; null stays null, blank becomes null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** The comparison key of a name: cleaned and lower case, so "Melati 1" and " melati  1" are one name. */
    public static String nameKey(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }

    /**
     * Checks an RT or RW number (1 to 3 digits, not zero) and returns it zero-padded to three digits as
     * written on KK ("001"); returns null when absent or invalid (the error is recorded).
     */
    public static String rtRw(Errors errors, String field, String value) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,3}") || Integer.parseInt(v) == 0) {
            errors.add(field, "rtRw.format", "Harus berupa angka 1 sampai 999, misalnya 003.",
                    "Must be a number from 1 to 999, e.g. 003.");
            return null;
        }
        return String.format("%03d", Integer.parseInt(v));
    }

    /** A required desa/kelurahan code that must exist in the official region list; returns it cleaned. */
    public static String desa(Errors errors, WilayahService wilayah, String field, String value) {
        String kode = clean(value);
        if (errors.require(field, kode) && !wilayah.exists(kode, Tingkat.DESA)) {
            unknownDesa(errors, field, kode);
        }
        return kode;
    }

    /** Records that the desa/kelurahan code {@code kode} is not in the official region list. */
    public static void unknownDesa(Errors errors, String field, String kode) {
        errors.add(field, "desa.exists",
                "Kode desa/kelurahan '" + kode + "' tidak ada dalam daftar wilayah Kemendagri.",
                "Desa/kelurahan code '" + kode + "' is not in the Kemendagri region list.");
    }

    /** A missing JSON body is a 422 on the whole document (field ""), not a NullPointerException. */
    public static void requireBody(Object body) {
        if (body == null) {
            throw ValidationException.of(new FieldError("", "required", "Isi permintaan kosong.",
                    "The request body is empty."));
        }
    }

    /** Records an error when a date that has already happened (birth, start, training) lies in the future. */
    public static void notInFuture(Errors errors, String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now())) {
            errors.add(field, "date.future", "Tanggal tidak boleh di masa depan.", "The date cannot be in the future.");
        }
    }

    /** Whether a failure was caused by a unique or primary key constraint (SQLState 23505). */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // a JDBC batch reports the failing statement as the next exception (PostgreSQL) or the cause (Derby)
            for (SQLException e = t instanceof SQLException s ? s : null; e != null; e = e.getNextException()) {
                if ("23505".equals(e.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

}
