package org.posyandu.api.spm;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.posyandu.api.warga.Warga;

/**
 * What a module may know about a submission besides its data: the Posyandu and its desa, the date of the service
 * or survey ({@link #tanggal()}), the resident it is about ({@link #warga()}, or {@code null}), and on demand the
 * resident's other submissions of the same form up to the end of the month ({@link #riwayat()}). The history is read only if a module asks,
 * so forms that do not compare with the last visit cost no extra query.
 */
public final class SubmissionContext {
    /** How many earlier submissions {@link #riwayat()} holds unless the module asks for more. */
    public static final int DEFAULT_RIWAYAT_LIMIT = 4;

    private final String posyanduId;
    private final String desaKode;
    private final LocalDate tanggal;
    private final Warga warga;
    private final Supplier<List<Submission>> history;
    private List<Submission> riwayat;

    /**
     * @param history other submissions of the same form about the same resident dated up to the end of the month
     *                of this one, newest first (at most {@link SpmModule#riwayatLimit}), read when first asked for
     */
    public SubmissionContext(String posyanduId, String desaKode, LocalDate tanggal, Warga warga,
            Supplier<List<Submission>> history) {
        this.posyanduId = posyanduId;
        this.desaKode = desaKode;
        this.tanggal = tanggal;
        this.warga = warga;
        this.history = history == null ? List::of : history;
    }

    public SubmissionContext(String posyanduId, String desaKode, LocalDate tanggal, Warga warga,
            List<Submission> riwayat) {
        this(posyanduId, desaKode, tanggal, warga, () -> riwayat);
    }

    /** A context without history. */
    public SubmissionContext(String posyanduId, String desaKode, LocalDate tanggal, Warga warga) {
        this(posyanduId, desaKode, tanggal, warga, List.of());
    }

    public String posyanduId() {
        return posyanduId;
    }

    public String desaKode() {
        return desaKode;
    }

    public LocalDate tanggal() {
        return tanggal;
    }

    public Warga warga() {
        return warga;
    }

    /**
     * Other submissions of this form about the same resident dated up to the end of this one's month (earlier
     * months, and the same month if any), newest first, at most {@link SpmModule#riwayatLimit} of them; empty
     * without a resident.
     */
    public synchronized List<Submission> riwayat() {
        if (riwayat == null) {
            List<Submission> read = history.get();
            riwayat = read == null ? List.of() : List.copyOf(read);
        }
        return riwayat;
    }
}
