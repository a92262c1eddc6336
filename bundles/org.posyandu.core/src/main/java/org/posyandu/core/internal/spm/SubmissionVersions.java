package org.posyandu.core.internal.spm;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.posyandu.api.spm.FieldDefinition;
import org.posyandu.api.spm.FormDefinition;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionVersion;

/**
 * The kept versions of submissions (table {@code spm_submission_versi}, migration V9): writing one, reading a
 * submission's history, the voided submissions of a form. The values are kept as one {@code name<TAB>value} line per
 * field, written like the module's columns (so typed back by the form's field definitions); tabs, newlines and
 * backslashes in text are escaped.
 */
final class SubmissionVersions {
    private static final String COLUMNS = "submission_id, versi, form_id, form_versi, posyandu_id, warga_id, tanggal, "
            + "periode, dibuat, dibuat_oleh, isi, tindakan, alasan, oleh, pada";

    private SubmissionVersions() {
    }

    /** The highest version kept of a submission, 0 if none (never changed). */
    static int latest(Connection c, String submissionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(versi) FROM spm_submission_versi WHERE submission_id = ?")) {
            ps.setString(1, submissionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static void add(Connection c, FormDefinition form, SubmissionVersion v) throws SQLException {
        Submission s = v.isi();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO spm_submission_versi (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, v.submissionId());
            ps.setInt(2, v.versi());
            ps.setString(3, s.formId());
            ps.setInt(4, s.formVersi());
            ps.setString(5, s.posyanduId());
            ps.setString(6, s.wargaId());
            ps.setDate(7, Date.valueOf(s.tanggal()));
            ps.setString(8, s.periode());
            ps.setTimestamp(9, Timestamp.from(s.dibuat()));
            ps.setString(10, s.dibuatOleh());
            ps.setString(11, encode(form, s.data()));
            ps.setString(12, v.tindakan());
            ps.setString(13, v.alasan());
            ps.setString(14, v.oleh());
            ps.setTimestamp(15, Timestamp.from(v.pada()));
            ps.executeUpdate();
        }
    }

    /** Every kept version of a submission of the form at the Posyandu, oldest first. */
    static List<SubmissionVersion> of(Connection c, FormDefinition form, String posyanduId, String submissionId)
            throws SQLException {
        return query(c, form, "submission_id = ? AND posyandu_id = ? ORDER BY versi", submissionId, posyanduId);
    }

    static Optional<SubmissionVersion> version(Connection c, FormDefinition form, String submissionId, int versi)
            throws SQLException {
        return query(c, form, "submission_id = ? AND versi = " + versi, submissionId).stream().findFirst();
    }

    /** The voids of a form at a Posyandu (optionally of one month), newest first. */
    static List<SubmissionVersion> voided(Connection c, FormDefinition form, String posyanduId, String periode)
            throws SQLException {
        String where = "posyandu_id = ? AND form_id = ? AND tindakan = '" + SubmissionVersion.DIBATALKAN + "'";
        return periode == null ? query(c, form, where + " ORDER BY pada DESC", posyanduId, form.id())
                : query(c, form, where + " AND periode = ? ORDER BY pada DESC", posyanduId, form.id(), periode);
    }

    private static List<SubmissionVersion> query(Connection c, FormDefinition form, String where, String... params)
            throws SQLException {
        List<SubmissionVersion> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM spm_submission_versi WHERE " + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Submission s = new Submission(rs.getString(1), rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6), rs.getDate(7).toLocalDate(), rs.getString(8), decode(form, rs.getString(11)),
                            rs.getTimestamp(9).toInstant(), rs.getString(10));
                    result.add(new SubmissionVersion(s.id(), rs.getInt(2), rs.getString(12), s, rs.getString(13),
                            rs.getString(14), rs.getTimestamp(15).toInstant()));
                }
            }
        }
        return result;
    }

    static String encode(FormDefinition form, Map<String, Object> data) {
        StringBuilder out = new StringBuilder();
        for (FieldDefinition f : form.fields()) {
            Object v = data.get(f.name());
            if (v != null) {
                String text = v instanceof List<?> l ? String.join(",", l.stream().map(Object::toString).toList())
                        : v instanceof java.math.BigDecimal b ? b.toPlainString() : v.toString();
                out.append(f.name()).append('\t').append(text.replace("\\", "\\\\").replace("\t", "\\t")
                        .replace("\n", "\\n").replace("\r", "\\r")).append('\n');
            }
        }
        return out.toString();
    }

    /** Typed back as the module's table reads them; a field the form no longer has is left out. */
    static Map<String, Object> decode(FormDefinition form, String text) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String value = unescape(line.substring(tab + 1));
            form.field(line.substring(0, tab)).ifPresent(f -> data.put(f.name(), switch (f.type()) {
                case INTEGER -> Long.valueOf(value);
                case DECIMAL -> new java.math.BigDecimal(value).stripTrailingZeros();
                case BOOLEAN -> Boolean.valueOf(value);
                case DATE -> LocalDate.parse(value);
                case MULTI_CHOICE -> List.of(value.split(","));
                default -> value;
            }));
        }
        return data;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
