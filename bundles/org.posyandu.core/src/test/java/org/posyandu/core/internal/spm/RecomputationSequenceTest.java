package org.posyandu.core.internal.spm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.api.spm.SubmissionCorrection;
import org.posyandu.api.spm.SubmissionInput;
import org.posyandu.api.spm.SubmissionService.BatchItem;
import org.posyandu.api.spm.SubmissionService.Outcome;
import org.posyandu.api.spm.SubmissionVoid;
import org.posyandu.api.warga.JenisKelamin;

/**
 * The key property of corrections: after any sequence of weighings entered in any order (late, back-dated, in
 * batches), corrections (of weight, length, date), voids, and corrected birth dates and sexes, every stored figure
 * (N/T, 2T, age, z-scores and classes of each weighing; the SKDN of each month, kept figures included; the e-PPGBM
 * export) equals the figure computed from scratch: the final data entered once, in date order, into a database of
 * its own. Each seed plays one random sequence in a Posyandu of its own; a failure names the seed and the steps.
 * Runs on in-memory Derby, or on PostgreSQL when {@code POSYANDU_IT_PG_URL} is set (see {@link TestDatabases}).
 */
class RecomputationSequenceTest {
    private static final String FORM = "kesehatan.penimbangan";
    private static final int SEEDS = 8;
    private static final int STEPS = 40;
    private static final int CHILDREN = 3;
    private static final YearMonth FIRST = YearMonth.of(2025, 1);
    private static final int MONTHS = 12;

    @Test
    void afterAnySequenceTheStoredFiguresEqualTheFiguresComputedFromScratch() throws Exception {
        KesehatanPlatform changed = new KesehatanPlatform(TestDatabases.fresh());
        KesehatanPlatform scratch = new KesehatanPlatform(TestDatabases.fresh());
        for (long seed = 1; seed <= SEEDS; seed++) {
            new Sequence(seed).play(changed, scratch);
        }
    }

    /** One weighing as the sequence last left it. */
    private record Entry(String child, LocalDate tanggal, double kg, Double cm) {
        Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>(Map.of("beratKg", kg, "vitaminA", "tidak", "pmtDiterima", false));
            if (cm != null) {
                data.put("panjangTinggiCm", cm);
                data.put("caraUkur", "terlentang");
            }
            return data;
        }
    }

    private record Child(String id, JenisKelamin jk, LocalDate lahir) {
    }

    private static final class Sequence {
        private final long seed;
        private final Random random;
        private final String posyandu = UUID.randomUUID().toString();
        private final Caller kader;
        private final List<Child> children = new ArrayList<>();
        private final Map<String, Entry> live = new LinkedHashMap<>();
        private final List<String> steps = new ArrayList<>();

        Sequence(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
            this.kader = new Caller(UUID.randomUUID().toString(), "kader" + seed, Role.KADER, Scope.all());
        }

        void play(KesehatanPlatform changed, KesehatanPlatform scratch) throws Exception {
            changed.addPosyandu(posyandu, "Posyandu " + seed);
            scratch.addPosyandu(posyandu, "Posyandu " + seed);
            for (int i = 0; i < CHILDREN; i++) {
                Child c = new Child(UUID.randomUUID().toString(), random.nextBoolean() ? JenisKelamin.L : JenisKelamin.P,
                        LocalDate.of(2024, 1, 1).plusDays(random.nextInt(150)));
                children.add(c);
                changed.addChild(posyandu, c.id(), "Anak " + seed + "-" + i, c.jk(), c.lahir());
            }
            for (int step = 0; step < STEPS; step++) {
                step(changed);
            }
            // from scratch: the final residents, the weighings in force entered once in date order
            for (int i = 0; i < CHILDREN; i++) {
                Child c = children.get(i);
                scratch.addChild(posyandu, c.id(), "Anak " + seed + "-" + i, c.jk(), c.lahir());
            }
            List<Entry> inOrder = new ArrayList<>(live.values());
            inOrder.sort(Comparator.comparing(Entry::tanggal));
            for (Entry e : inOrder) {
                scratch.submissions.submit(kader, posyandu, FORM, UUID.randomUUID().toString(),
                        new SubmissionInput(e.child(), e.tanggal(), e.data()));
            }
            String where = "seed " + seed + " after " + steps;
            assertEquals(scratch.weighings(posyandu), changed.weighings(posyandu), where);
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = FIRST.plusMonths(m);
                assertEquals(scratch.skdn(posyandu, month), changed.skdn(posyandu, month), "SKDN " + month + ", " + where);
                assertEquals(scratch.eppgbm(posyandu, month), changed.eppgbm(posyandu, month),
                        "e-PPGBM " + month + ", " + where);
            }
        }

        private void step(KesehatanPlatform p) throws Exception {
            int op = random.nextInt(10);
            if (op <= 3 || live.isEmpty()) {
                Entry e = newEntry(null);
                if (e != null) {
                    String id = p.submissions.submit(kader, posyandu, FORM, UUID.randomUUID().toString(), input(e))
                            .submission().id();
                    live.put(id, e);
                    steps.add("submit " + e.tanggal());
                }
            } else if (op == 4) {
                batch(p);
            } else if (op <= 6) {
                String id = any();
                Entry old = live.get(id);
                LocalDate day = random.nextInt(3) == 0 ? freeDay(old.child()) : old.tanggal().withDayOfMonth(1 + random.nextInt(28));
                Entry e = new Entry(old.child(), day == null ? old.tanggal() : day, weight(day == null ? old.tanggal() : day),
                        random.nextBoolean() ? length(old.tanggal()) : null);
                p.corrections.correct(kader, posyandu, FORM, id, UUID.randomUUID().toString(),
                        new SubmissionCorrection(e.child(), e.tanggal(), e.data(), "koreksi"));
                live.put(id, e);
                steps.add("correct " + old.tanggal() + "->" + e.tanggal());
            } else if (op == 7) {
                String id = any();
                p.corrections.voidSubmission(kader, posyandu, FORM, id, UUID.randomUUID().toString(),
                        new SubmissionVoid("salah anak"));
                steps.add("void " + live.remove(id).tanggal());
            } else if (op == 8) {
                int i = random.nextInt(CHILDREN);
                Child c = children.get(i);
                Child fixed = new Child(c.id(), random.nextInt(3) == 0 ? (c.jk() == JenisKelamin.L ? JenisKelamin.P
                        : JenisKelamin.L) : c.jk(), c.lahir().plusDays(random.nextInt(81) - 40));
                children.set(i, fixed);
                p.correctChild(c.id(), fixed.jk(), fixed.lahir());
                steps.add("resident " + c.lahir() + "->" + fixed.lahir());
            } else {
                // a report read between changes leaves kept SKDN figures that later changes must not leave stale
                p.skdn(posyandu, FIRST.plusMonths(random.nextInt(MONTHS)));
                steps.add("skdn");
            }
        }

        private void batch(KesehatanPlatform p) {
            List<Entry> entries = new ArrayList<>();
            Map<String, List<YearMonth>> taken = new HashMap<>();
            for (int i = 0; i < 2 + random.nextInt(2); i++) {
                Entry e = newEntry(taken);
                if (e != null) {
                    entries.add(e);
                    taken.computeIfAbsent(e.child(), k -> new ArrayList<>()).add(YearMonth.from(e.tanggal()));
                }
            }
            Collections.shuffle(entries, random);
            List<BatchItem> items = entries.stream().map(e -> new BatchItem(posyandu, FORM, UUID.randomUUID().toString(),
                    input(e))).toList();
            List<Outcome> out = p.submissions.submitAll(kader, items);
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).failure() != null) {
                    throw out.get(i).failure();
                }
                live.put(out.get(i).stored().submission().id(), entries.get(i));
            }
            steps.add("batch " + entries.stream().map(Entry::tanggal).toList());
        }

        private Entry newEntry(Map<String, List<YearMonth>> alsoTaken) {
            Child c = children.get(random.nextInt(CHILDREN));
            LocalDate day = freeDay(c.id(), alsoTaken == null ? List.of() : alsoTaken.getOrDefault(c.id(), List.of()));
            return day == null ? null : new Entry(c.id(), day, weight(day), random.nextBoolean() ? length(day) : null);
        }

        private LocalDate freeDay(String child) {
            return freeDay(child, List.of());
        }

        /** A day in a month without a weighing of the child (one weighing a month), or null if none is left. */
        private LocalDate freeDay(String child, List<YearMonth> alsoTaken) {
            List<YearMonth> free = new ArrayList<>();
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = FIRST.plusMonths(m);
                if (!alsoTaken.contains(month) && live.values().stream()
                        .noneMatch(e -> e.child().equals(child) && YearMonth.from(e.tanggal()).equals(month))) {
                    free.add(month);
                }
            }
            return free.isEmpty() ? null : free.get(random.nextInt(free.size())).atDay(1 + random.nextInt(28));
        }

        /** A plausible weight for the month, with noise so that N and T both occur. */
        private double weight(LocalDate day) {
            int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(FIRST.atDay(1), day);
            return Math.round((7.5 + 0.25 * months + (random.nextDouble() - 0.5) * 0.8) * 10) / 10.0;
        }

        private double length(LocalDate day) {
            int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(FIRST.atDay(1), day);
            return Math.round((70 + 1.0 * months + random.nextDouble() * 3) * 10) / 10.0;
        }

        private String any() {
            List<String> ids = new ArrayList<>(live.keySet());
            return ids.get(random.nextInt(ids.size()));
        }

        private SubmissionInput input(Entry e) {
            return new SubmissionInput(e.child(), e.tanggal(), e.data());
        }
    }
}
