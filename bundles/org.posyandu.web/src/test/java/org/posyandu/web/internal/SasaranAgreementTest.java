package org.posyandu.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posyandu.api.spm.Eligibility;
import org.posyandu.api.spm.Eligibility.Umur;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.KelompokSasaran;

/**
 * The phone's sasaran check (sasaran.js) names the same broken rules with the same messages as the server's
 * Eligibility.check, from the x-sasaran the server serves: age ranges in days, months and years around their ends
 * (month ends, 29 February), sex, target groups with and without a pregnancy.
 */
class SasaranAgreementTest {
    private static final List<Eligibility> CASES = List.of(
            Eligibility.umur(Umur.bulan(0), Umur.bulan(59)),
            Eligibility.umur(Umur.tahun(3), Umur.tahun(6)),
            Eligibility.umur(Umur.tahun(7), Umur.tahun(18)),
            Eligibility.umur(Umur.tahun(15), null),
            Eligibility.umur(null, Umur.hari(28)),
            Eligibility.umur(Umur.hari(42), Umur.tahun(2)),
            Eligibility.umur(Umur.tahun(10), Umur.tahun(55)).withJenisKelamin(JenisKelamin.P),
            Eligibility.kelompok(KelompokSasaran.IBU_HAMIL).withJenisKelamin(JenisKelamin.P),
            Eligibility.kelompok(KelompokSasaran.LANSIA, KelompokSasaran.BAYI),
            Eligibility.kelompok(KelompokSasaran.REMAJA).withJenisKelamin(JenisKelamin.L));
    private static Js engine;
    private static Value sasaran;

    @BeforeAll
    static void load() {
        engine = new Js();
        sasaran = engine.module("sasaran.js", "checkSasaran", "fitsSasaran");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static String server(Eligibility e, LocalDate birth, JenisKelamin sex, LocalDate hpht, LocalDate on) {
        return e.check("Uji", birth, sex, hpht, on).stream().map(x -> x.rule() + ": " + x.message())
                .collect(Collectors.joining("\n"));
    }

    private static String phone(Eligibility e, LocalDate birth, JenisKelamin sex, LocalDate hpht, LocalDate on) {
        Map<String, Object> warga = new LinkedHashMap<>();
        warga.put("tanggalLahir", birth == null ? null : birth.toString());
        warga.put("jenisKelamin", sex == null ? null : sex.name());
        warga.put("hpht", hpht == null ? null : hpht.toString());
        Value errors = sasaran.getMember("checkSasaran").execute(engine.json(e.toJson()), "Uji", engine.json(warga),
                on.toString());
        List<String> out = new ArrayList<>();
        for (long i = 0; i < errors.getArraySize(); i++) {
            Value x = errors.getArrayElement(i);
            out.add(x.getMember("rule").asString() + ": " + x.getMember("message").asString());
        }
        return String.join("\n", out);
    }

    @Test
    void sameRulesSameMessages() {
        Random random = new Random(13);
        List<LocalDate> visits = new ArrayList<>(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 1, 31)));
        for (int i = 0; i < 20; i++) {
            visits.add(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)));
        }
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Eligibility e : CASES) {
            for (LocalDate on : visits) {
                // ages around every bound, and random ones
                List<LocalDate> births = new ArrayList<>();
                for (int k = 0; k < 40; k++) {
                    births.add(on.minusDays(random.nextInt(80 * 366)));
                }
                for (Eligibility.Umur u : new Eligibility.Umur[] { e.umurMin(), e.umurMaks() }) {
                    if (u != null) {
                        LocalDate edge = on.minus(u.nilai(), u.satuan().unit());
                        for (int d = -2; d <= 2; d++) {
                            births.add(edge.plusDays(d));
                            births.add(edge.minus(1, u.satuan().unit()).plusDays(d));
                        }
                    }
                }
                births.add(on);
                births.add(null);
                for (LocalDate birth : births) {
                    for (JenisKelamin sex : new JenisKelamin[] { JenisKelamin.L, JenisKelamin.P, null }) {
                        LocalDate hpht = random.nextBoolean() ? null : on.minusDays(random.nextInt(320));
                        compared++;
                        String s = server(e, birth, sex, hpht, on);
                        String p = phone(e, birth, sex, hpht, on);
                        if (!s.equals(p)) {
                            differences.add(e.toJson() + " born " + birth + " " + sex + " hpht " + hpht + " on " + on
                                    + "\n  server: " + s + "\n  phone:  " + p);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), differences.stream().limit(10).toList(), compared + " compared");
    }

    @Test
    void aFormWithoutXSasaranFitsEveryone() {
        Value fits = sasaran.getMember("fitsSasaran");
        assertEquals(true, fits.execute(null, engine.json(Map.of("tanggalLahir", "1990-01-01")), "2026-01-01").asBoolean());
        assertEquals(false, fits.execute(engine.json(Eligibility.umur(Umur.tahun(3), Umur.tahun(6)).toJson()),
                engine.json(Map.of("tanggalLahir", "1990-01-01")), "2026-01-01").asBoolean());
    }
}
