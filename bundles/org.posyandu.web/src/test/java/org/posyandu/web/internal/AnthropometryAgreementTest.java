package org.posyandu.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posyandu.anthro.Anthropometry;
import org.posyandu.anthro.Assessment;
import org.posyandu.anthro.GrowthStandards;
import org.posyandu.anthro.KmsWeightGain;
import org.posyandu.anthro.Measurement;
import org.posyandu.anthro.Position;
import org.posyandu.anthro.Sex;
import org.posyandu.rest.internal.AntropometriTabelResource;

/**
 * The phone and the server agree: the app's anthro.js, run in a JavaScript engine on the JSON the server serves at
 * /spm/kesehatan/antropometri/tabel, gives the same z-scores and Permenkes classes as the server's Java
 * (Anthropometry.assess) for a set of children across every age, both sexes, both positions and extreme values;
 * and the same age arithmetic and KMS minimum gains.
 */
class AnthropometryAgreementTest {
    private static final int CHILDREN = 3000;
    private static Js engine;
    private static Value anthro;
    private static Value tables;

    @BeforeAll
    static void load() {
        engine = new Js();
        anthro = engine.module("anthro.js", "assess", "growth", "ageDays", "ageMonthsCompleted", "minimumGainGrams");
        tables = engine.json(AntropometriTabelResource.build());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static Double z(Value v) {
        return v.isNull() ? null : v.asDouble();
    }

    private static String s(Value v) {
        return v.isNull() ? null : v.asString();
    }

    @Test
    void zScoresAndClassesAgreeForThousandsOfChildren() {
        Random random = new Random(20261130);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < CHILDREN; i++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            LocalDate birth = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500));
            int ageDays = random.nextInt(1900); // some beyond 60 months on purpose
            LocalDate measured = birth.plusDays(ageDays);
            double months = ageDays / GrowthStandards.DAYS_PER_MONTH;
            // plausible and extreme values alike, on the form's grid (0.1 kg, 0.1 cm), some with more decimals
            double weight = Math.round((3.3 + months * 0.22) * (0.45 + random.nextDouble() * 1.2) * 10) / 10.0;
            double length = Math.round((49.9 + months * 1.45 - months * months * 0.006) * (0.8 + random.nextDouble() * 0.35) * 10) / 10.0;
            if (random.nextInt(10) == 0) {
                length += 0.05;
            }
            Position position = switch (random.nextInt(3)) {
                case 0 -> Position.RECUMBENT;
                case 1 -> Position.STANDING;
                default -> null;
            };
            boolean withLength = random.nextInt(5) != 0;
            Assessment server = Anthropometry.assess(new Measurement(sex, birth, measured, weight,
                    withLength ? length : null, position, null, false));
            Value m = engine.fn("(sex, b, d, w, l, p) => ({sex, birthDate: b, measuredOn: d, weightKg: w, lengthCm: l, position: p})")
                    .execute(sex == Sex.MALE ? "L" : "P", birth.toString(), measured.toString(), weight,
                            withLength ? length : null, position == null ? null : position.name());
            Value phone = anthro.getMember("assess").execute(tables, m);
            String child = sex + " " + birth + " " + measured + " " + weight + " kg " + (withLength ? length : "-") + " cm " + position;
            compare(differences, child, "ageDays", (double) server.ageDays(), (double) phone.getMember("ageDays").asInt());
            compare(differences, child, "wfa", server.wfa(), z(phone.getMember("wfa")));
            compare(differences, child, "lhfa", server.lhfa(), z(phone.getMember("lhfa")));
            compare(differences, child, "wflh", server.wflh(), z(phone.getMember("wflh")));
            compare(differences, child, "bfa", server.bfa(), z(phone.getMember("bfa")));
            Value status = phone.getMember("status");
            compareText(differences, child, "bbU", server.status().bbU(), s(status.getMember("bbU")));
            compareText(differences, child, "tbU", server.status().tbU(), s(status.getMember("tbU")));
            compareText(differences, child, "bbTb", server.status().bbTb(), s(status.getMember("bbTb")));
            compareText(differences, child, "imtU", server.status().imtU(), s(status.getMember("imtU")));
            compareText(differences, child, "flags", String.join(",", server.flags()),
                    engine.fn("(a) => a.join(',')").execute(phone.getMember("flags")).asString());
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void agesInCompletedDaysAndMonthsAgree() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            LocalDate birth = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2500));
            LocalDate on = birth.plusDays(random.nextInt(2200));
            assertEquals(GrowthStandards.ageDays(birth, on),
                    anthro.getMember("ageDays").execute(birth.toString(), on.toString()).asInt(), birth + " " + on);
            assertEquals(ChronoUnit.MONTHS.between(birth, on),
                    anthro.getMember("ageMonthsCompleted").execute(birth.toString(), on.toString()).asLong(), birth + " " + on);
        }
    }

    @Test
    void theKmsMinimumGainAgrees() {
        for (int months = 0; months <= 60; months++) {
            assertEquals(KmsWeightGain.minimumGrams(months),
                    anthro.getMember("minimumGainGrams").execute(tables, months).asInt(), "month " + months);
        }
    }

    @Test
    void nTAndReferralFollowTheKesehatanRules() {
        Value child = engine.fn("({jenisKelamin: 'L', tanggalLahir: '2025-05-10'})");
        Value data = engine.fn("({beratKg: 9.2, panjangTinggiCm: 76.5, caraUkur: 'terlentang'})");
        Value none = engine.fn("[]");
        Value lastMonthLow = engine.fn("[{tanggal: '2026-10-12', beratKg: 9.1, naikBeratBadan: 'T'}]");
        Value lastMonthEnough = engine.fn("[{tanggal: '2026-10-12', beratKg: 9.0, naikBeratBadan: 'N'}]");
        Value twoMonthsAgo = engine.fn("[{tanggal: '2026-09-12', beratKg: 8.0, naikBeratBadan: 'N'}]");
        Value growth = anthro.getMember("growth");
        assertEquals("B", growth.execute(tables, child, "2026-11-20", data, none).getMember("naikBeratBadan").asString());
        Value t = growth.execute(tables, child, "2026-11-20", data, lastMonthLow);
        assertEquals("T", t.getMember("naikBeratBadan").asString()); // 100 g < 200 g at 18 months
        assertTrue(t.getMember("duaT").asBoolean()); // T after T: 2T, referred
        assertTrue(t.getMember("perluRujukan").asBoolean());
        assertEquals("N", growth.execute(tables, child, "2026-11-20", data, lastMonthEnough).getMember("naikBeratBadan").asString());
        assertEquals("O", growth.execute(tables, child, "2026-11-20", data, twoMonthsAgo).getMember("naikBeratBadan").asString());
        assertEquals(18, growth.execute(tables, child, "2026-11-20", data, none).getMember("umurBulan").asInt());
    }

    private static void compare(List<String> out, String child, String what, Double server, Double phone) {
        if (server == null ? phone != null : phone == null || Math.abs(server - phone) > 1e-9) {
            out.add(child + ": " + what + " server " + server + " phone " + phone);
        }
    }

    private static void compareText(List<String> out, String child, String what, String server, String phone) {
        if (server == null ? phone != null : !server.equals(phone)) {
            out.add(child + ": " + what + " server " + server + " phone " + phone);
        }
    }
}
