package org.posyandu.core.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ValidationException;

/**
 * The phone's {@code Idempotency-Key}s, one ledger ({@code spm_submission_key}) for every write the phone queues:
 * submissions, their corrections and voids, life events. A key is stored with the writer, what it wrote (the
 * {@code kind}: a form id, or {@link #PERISTIWA}), the id of the row it produced and the hash of the content it
 * carried, in the write's own transaction; its primary key makes a second writer with the same key fail, and that
 * writer then answers the first one's result. A key used by another user or with another content is refused (422).
 */
public final class IdempotencyLedger {
    /** The ledger's kind for a resident's life event ({@code POST /warga/{id}/peristiwa}). */
    public static final String PERISTIWA = "warga.peristiwa";
    /** One key's row: key, user id, kind, Posyandu id, produced id, content hash, when. */
    public static final String INSERT = "INSERT INTO spm_submission_key (idempotency_key, user_id, form_id, "
            + "posyandu_id, submission_id, content_hash, dibuat) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private IdempotencyLedger() {
    }

    /** A stored key: the row it produced and the Posyandu it was written for. */
    public record Entry(String id, String posyanduId) {
    }

    /** The phone's key of a write, checked (required, a UUID) and in its stored form. */
    public static String key(String key) {
        if (key == null || key.isBlank()) {
            throw ValidationException.of(new FieldError("Idempotency-Key", "required",
                    "Header Idempotency-Key wajib: UUID yang dibuat ponsel untuk kiriman ini.",
                    "The Idempotency-Key header is required: a UUID the phone makes for this submission."));
        }
        String stored = key.strip().toLowerCase(Locale.ROOT);
        if (!isKey(stored)) {
            throw ValidationException.of(new FieldError("Idempotency-Key", "format", "Idempotency-Key harus UUID.",
                    "Idempotency-Key must be a UUID."));
        }
        return stored;
    }

    /** Whether {@link #key} accepts the key. */
    public static boolean isKey(String key) {
        return key != null && Fields.isId(key.strip().toLowerCase(Locale.ROOT));
    }

    /** The refusal of a key already used for something else (another content, another user). */
    public static ValidationException reused() {
        return ValidationException.of(new FieldError("Idempotency-Key", "idempotencyKey.reused",
                "Kunci ini sudah dipakai untuk kiriman lain; buat UUID baru untuk data baru.",
                "This key was used for another submission; make a new UUID for new data."));
    }

    /**
     * What an earlier write with {@code key} produced, if that write was of the same kind, by the same user, with
     * the same content; empty if the key is new; {@link #reused()} otherwise.
     */
    public static Optional<Entry> find(Connection c, String key, String userId, String kind, String hash)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT user_id, form_id, content_hash, submission_id, "
                + "posyandu_id FROM spm_submission_key WHERE idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!rs.getString(1).equals(userId) || !rs.getString(2).equals(kind) || !rs.getString(3).equals(hash)) {
                    throw reused();
                }
                return Optional.of(new Entry(rs.getString(4), rs.getString(5)));
            }
        }
    }

    /** Stores {@code key} for a write of {@code kind} that produced row {@code id}; fails on a key stored before. */
    public static void record(Connection c, String key, String userId, String kind, Entry produced, String hash,
            Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, key);
            ps.setString(2, userId);
            ps.setString(3, kind);
            ps.setString(4, produced.posyanduId());
            ps.setString(5, produced.id());
            ps.setString(6, hash);
            ps.setTimestamp(7, Timestamp.from(at));
            ps.executeUpdate();
        }
    }
}
