package org.posyandu.core.internal.spm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posyandu.api.error.ApiException;
import org.posyandu.api.error.ConflictException;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.CorrectionService.Changed;
import org.posyandu.api.spm.Submission;
import org.posyandu.api.spm.SubmissionCorrection;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionVersion;
import org.posyandu.api.spm.SubmissionVoid;
import org.posyandu.api.warga.JenisKelamin;

/** The contract of corrections and voids on a real (in-memory Derby) database with the real kesehatan module. */
class CorrectionsTest {
    private static final String FORM = "kesehatan.penimbangan";
    private static final String CHILD = UUID.randomUUID().toString();
    private final Caller kader = new Caller(UUID.randomUUID().toString(), "kader1", Role.KADER, Scope.all());
    private final Caller otherKader = new Caller(UUID.randomUUID().toString(), "kader2", Role.KADER, Scope.all());
    private final Caller admin = new Caller(UUID.randomUUID().toString(), "admin.desa", Role.ADMIN_DESA, Scope.all());
    private KesehatanPlatform platform;

    @BeforeEach
    void setUp() throws Exception {
        platform = new KesehatanPlatform(TestDatabases.fresh());
        platform.addChild(CHILD, "Budi", JenisKelamin.L, LocalDate.of(2025, 1, 10));
    }

    @Test
    void aCorrectionOfTheMonthsWeighingIsAllowedAndKeepsEveryVersion() {
        Submission first = weigh("2025-06-05", 7.1);
        Submission march = weigh("2025-07-04", 7.0); // T against June
        assertEquals("T", march.data().get("naikBeratBadan"));
        // a second weighing in July is still refused ...
        ApiException twice = assertThrows(ApiException.class, () -> weigh("2025-07-20", 7.9));
        assertEquals("tanggal kesehatan.sudahDitimbang", rule(twice));
        // ... but the typo in July's weight is corrected
        Changed changed = correct(kader, march, "2025-07-04", 7.9, "salah ketik berat", UUID.randomUUID().toString());
        assertTrue(changed.created());
        assertEquals(2, changed.version().versi());
        assertEquals("N", changed.version().isi().data().get("naikBeratBadan"));
        assertEquals(new BigDecimal("7.9"), platform.submissions.find(Scope.all(), KesehatanPlatform.POSYANDU, FORM,
                march.id()).orElseThrow().data().get("beratKg"));
        List<SubmissionVersion> history = platform.corrections.history(Scope.all(), KesehatanPlatform.POSYANDU, FORM,
                march.id());
        assertEquals(List.of("1 dibuat kader1 null", "2 diubah kader1 salah ketik berat"), history.stream()
                .map(v -> v.versi() + " " + v.tindakan() + " " + v.oleh() + " " + v.alasan()).toList());
        assertEquals(new BigDecimal("7"), history.get(0).isi().data().get("beratKg"));
        assertEquals(1, platform.corrections.history(Scope.all(), KesehatanPlatform.POSYANDU, FORM, first.id()).size());
    }

    @Test
    void aRetriedCorrectionAnswersTheSameVersionAndAReusedKeyIsRefused() {
        Submission s = weigh("2025-06-05", 7.1);
        String key = UUID.randomUUID().toString();
        Changed first = correct(kader, s, "2025-06-05", 7.3, null, key);
        Changed again = correct(kader, s, "2025-06-05", 7.3, null, key);
        assertFalse(again.created());
        assertEquals(first.version().versi(), again.version().versi());
        assertEquals(first.version().isi().data(), again.version().isi().data());
        ApiException other = assertThrows(ApiException.class, () -> correct(kader, s, "2025-06-05", 7.4, null, key));
        assertEquals(422, other.status());
        assertEquals("Idempotency-Key idempotencyKey.reused", rule(other));
        // the key of a new submission is not a key for a correction
        String postKey = UUID.randomUUID().toString();
        platform.submissions.submit(kader, KesehatanPlatform.POSYANDU, FORM, postKey, input("2025-08-05", 7.6));
        assertEquals("Idempotency-Key idempotencyKey.reused", rule(assertThrows(ApiException.class,
                () -> correct(kader, s, "2025-06-05", 7.4, null, postKey))));
    }

    @Test
    void onlyTheAuthorOrAnAdminChangesASubmission() {
        Submission s = weigh("2025-06-05", 7.1);
        ApiException refused = assertThrows(ApiException.class,
                () -> correct(otherKader, s, "2025-06-05", 7.2, null, UUID.randomUUID().toString()));
        assertEquals(403, refused.status());
        assertEquals("id koreksi.bukanPengirim", rule(refused));
        assertEquals("admin.desa", correct(admin, s, "2025-06-05", 7.2, "cek buku KIA", UUID.randomUUID().toString())
                .version().oleh());
    }

    @Test
    void aCorrectionIsValidatedLikeANewSubmissionAndCannotChangeTheResident() {
        Submission s = weigh("2025-06-05", 7.1);
        ApiException bad = assertThrows(ApiException.class, () -> correct(kader, s, "2025-06-05", 95, null,
                UUID.randomUUID().toString()));
        assertEquals("data.beratKg maximum", rule(bad));
        ApiException otherChild = assertThrows(ApiException.class, () -> platform.corrections.correct(kader,
                KesehatanPlatform.POSYANDU, FORM, s.id(), UUID.randomUUID().toString(), new SubmissionCorrection(
                        UUID.randomUUID().toString(), LocalDate.parse("2025-06-05"), data(7.2), null)));
        assertEquals("wargaId koreksi.wargaTetap", rule(otherChild));
        weigh("2025-07-05", 7.5);
        ApiException intoTakenMonth = assertThrows(ApiException.class, () -> correct(kader, s, "2025-07-20", 7.1, null,
                UUID.randomUUID().toString()));
        assertEquals("tanggal kesehatan.sudahDitimbang", rule(intoTakenMonth));
    }

    @Test
    void aVoidNeedsAReasonLeavesTheListsAndIsKeptInTheHistory() {
        Submission june = weigh("2025-06-05", 7.1);
        Submission july = weigh("2025-07-05", 7.6);
        assertEquals("N", july.data().get("naikBeratBadan"));
        ApiException noReason = assertThrows(ApiException.class, () -> platform.corrections.voidSubmission(kader,
                KesehatanPlatform.POSYANDU, FORM, june.id(), UUID.randomUUID().toString(), new SubmissionVoid(" ")));
        assertEquals("alasan required", rule(noReason));
        String key = UUID.randomUUID().toString();
        Changed voided = platform.corrections.voidSubmission(kader, KesehatanPlatform.POSYANDU, FORM, june.id(), key,
                new SubmissionVoid("anak salah"));
        assertEquals(SubmissionVersion.DIBATALKAN, voided.version().tindakan());
        assertFalse(platform.corrections.voidSubmission(kader, KesehatanPlatform.POSYANDU, FORM, june.id(), key,
                new SubmissionVoid("anak salah")).created());
        ApiException again = assertThrows(ApiException.class, () -> platform.corrections.voidSubmission(kader,
                KesehatanPlatform.POSYANDU, FORM, june.id(), UUID.randomUUID().toString(), new SubmissionVoid("lagi")));
        assertEquals(409, again.status());
        assertEquals(List.of(july.id()), platform.submissions.list(Scope.all(), KesehatanPlatform.POSYANDU, FORM, null,
                0, 100).stream().map(Submission::id).toList());
        assertEquals(List.of(june.id()), platform.corrections.voided(Scope.all(), KesehatanPlatform.POSYANDU, FORM, null)
                .stream().map(SubmissionVersion::submissionId).toList());
        assertEquals(List.of("dibuat", "dibatalkan"), platform.corrections.history(Scope.all(),
                KesehatanPlatform.POSYANDU, FORM, june.id()).stream().map(SubmissionVersion::tindakan).toList());
        // July has no weighing before it any more: B (first weighing)
        assertEquals("B", platform.submissions.find(Scope.all(), KesehatanPlatform.POSYANDU, FORM, july.id())
                .orElseThrow().data().get("naikBeratBadan"));
    }

    @Test
    void aLockedMonthRefusesNewCorrectedAndVoidedSubmissions() throws Exception {
        Set<YearMonth> locked = new HashSet<>();
        platform = new KesehatanPlatform(TestDatabases.fresh(), (caller, posyanduId, bulan) -> {
            if (locked.contains(bulan)) {
                throw new ConflictException(new FieldError("tanggal", "periode.dikunci", "Bulan " + bulan + " dikunci.",
                        "Month " + bulan + " is locked."), posyanduId, null);
            }
        });
        platform.addChild(CHILD, "Budi", JenisKelamin.L, LocalDate.of(2025, 1, 10));
        Submission june = weigh("2025-06-05", 7.1);
        Submission july = weigh("2025-07-05", 7.4);
        locked.add(YearMonth.of(2025, 6));
        ApiException late = assertThrows(ApiException.class, () -> platform.submissions.submit(kader,
                KesehatanPlatform.POSYANDU, "kesehatan.balita", UUID.randomUUID().toString(), new SubmissionInput(CHILD,
                        LocalDate.parse("2025-06-10"), Map.of("punyaBukuKia", true))));
        assertEquals(409, late.status());
        assertEquals("tanggal periode.dikunci", rule(late));
        assertEquals("tanggal periode.dikunci", rule(assertThrows(ApiException.class,
                () -> correct(kader, june, "2025-06-05", 7.3, null, UUID.randomUUID().toString()))));
        assertEquals("tanggal periode.dikunci", rule(assertThrows(ApiException.class, () -> platform.corrections
                .voidSubmission(kader, KesehatanPlatform.POSYANDU, FORM, june.id(), UUID.randomUUID().toString(),
                        new SubmissionVoid("salah")))));
        // July is open, but moving its weighing into the locked month is not
        assertEquals("tanggal periode.dikunci", rule(assertThrows(ApiException.class,
                () -> correct(kader, july, "2025-06-28", 7.4, null, UUID.randomUUID().toString()))));
        assertTrue(correct(kader, july, "2025-07-06", 7.5, null, UUID.randomUUID().toString()).created());
    }

    private Submission weigh(String tanggal, double kg) {
        return platform.submissions.submit(kader, KesehatanPlatform.POSYANDU, FORM, UUID.randomUUID().toString(),
                input(tanggal, kg)).submission();
    }

    private Changed correct(Caller who, Submission s, String tanggal, double kg, String alasan, String key) {
        return platform.corrections.correct(who, KesehatanPlatform.POSYANDU, FORM, s.id(), key,
                new SubmissionCorrection(CHILD, LocalDate.parse(tanggal), data(kg), alasan));
    }

    private static SubmissionInput input(String tanggal, double kg) {
        return new SubmissionInput(CHILD, LocalDate.parse(tanggal), data(kg));
    }

    static Map<String, Object> data(double kg) {
        return Map.of("beratKg", kg, "vitaminA", "tidak", "pmtDiterima", false);
    }

    private static String rule(ApiException e) {
        return e.errors().stream().map(x -> x.field() + " " + x.rule()).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
