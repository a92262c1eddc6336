package org.posyandu.core.internal.spm;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.posyandu.api.spm.FieldDefinition;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.Submission;

/** A submission as a row of its module's table: the INSERT, the typed binding of each field, and reading it back. */
final class SubmissionRows {
    private SubmissionRows() {
    }

    static String insertSql(FormDefinition form) {
        StringBuilder columns = new StringBuilder("id, posyandu_id, warga_id, tanggal, periode, form_versi, dibuat, dibuat_oleh");
        StringBuilder marks = new StringBuilder("?, ?, ?, ?, ?, ?, ?, ?");
        for (FieldDefinition f : form.fields()) {
            columns.append(", ").append(f.column());
            marks.append(", ?");
        }
        return "INSERT INTO " + form.table() + " (" + columns + ") VALUES (" + marks + ")";
    }

    /** Adds the submission's row to the batch of {@code ps} (a statement of {@link #insertSql} for its form). */
    static void add(PreparedStatement ps, FormDefinition form, Submission s) throws SQLException {
        ps.setString(1, s.id());
        ps.setString(2, s.posyanduId());
        ps.setString(3, s.wargaId());
        ps.setDate(4, Date.valueOf(s.tanggal()));
        ps.setString(5, s.periode());
        ps.setInt(6, s.formVersi());
        ps.setTimestamp(7, java.sql.Timestamp.from(s.dibuat()));
        ps.setString(8, s.dibuatOleh());
        int i = 9;
        for (FieldDefinition f : form.fields()) {
            bind(ps, i++, f, s.data().get(f.name()));
        }
        ps.addBatch();
    }

    static void bind(PreparedStatement ps, int i, FieldDefinition f, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, switch (f.type()) {
                case INTEGER -> Types.BIGINT;
                case DECIMAL -> Types.DECIMAL;
                case BOOLEAN -> Types.BOOLEAN;
                case DATE -> Types.DATE;
                default -> Types.VARCHAR;
            });
            return;
        }
        switch (f.type()) {
            case INTEGER -> ps.setLong(i, ((Number) v).longValue());
            case DECIMAL -> ps.setBigDecimal(i, v instanceof BigDecimal b ? b : new BigDecimal(v.toString()));
            case BOOLEAN -> ps.setBoolean(i, (Boolean) v);
            case DATE -> ps.setDate(i, Date.valueOf((LocalDate) v));
            case MULTI_CHOICE -> ps.setString(i, String.join(",", ((List<?>) v).stream().map(Object::toString).toList()));
            default -> ps.setString(i, v.toString());
        }
    }

    static Submission read(FormDefinition form, ResultSet rs) throws SQLException {
        Map<String, Object> data = new LinkedHashMap<>();
        for (FieldDefinition f : form.fields()) {
            Object v = switch (f.type()) {
                case INTEGER -> {
                    long n = rs.getLong(f.column());
                    yield rs.wasNull() ? null : n;
                }
                case DECIMAL -> {
                    BigDecimal b = rs.getBigDecimal(f.column());
                    yield b == null ? null : b.stripTrailingZeros();
                }
                case BOOLEAN -> {
                    boolean b = rs.getBoolean(f.column());
                    yield rs.wasNull() ? null : b;
                }
                case DATE -> {
                    Date d = rs.getDate(f.column());
                    yield d == null ? null : d.toLocalDate();
                }
                case MULTI_CHOICE -> {
                    String s = rs.getString(f.column());
                    yield s == null ? null : Arrays.asList(s.split(","));
                }
                default -> rs.getString(f.column());
            };
            if (v != null) {
                data.put(f.name(), v);
            }
        }
        return new Submission(rs.getString("id"), form.id(), rs.getInt("form_versi"), rs.getString("posyandu_id"),
                rs.getString("warga_id"), rs.getDate("tanggal").toLocalDate(), rs.getString("periode"), data,
                rs.getTimestamp("dibuat").toInstant(), rs.getString("dibuat_oleh"));
    }
}
