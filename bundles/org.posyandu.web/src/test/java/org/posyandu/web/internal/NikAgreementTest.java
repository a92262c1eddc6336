package org.posyandu.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.Nik;
import org.posyandu.api.warga.NikRegions;

/**
 * The phone's NIK feedback (nik.js) names the same broken rules with the same messages as the server's Nik.check,
 * over the province list the platform ships: malformed input, every province code, impossible dates, women's
 * days, sex and birth-date mismatches, serial 0000.
 */
class NikAgreementTest {
    private static Js engine;
    private static Value nik;
    private static NikRegions regions;

    @BeforeAll
    static void load() throws IOException {
        engine = new Js();
        nik = engine.module("nik.js", "checkNik");
        Set<String> provinsi;
        try (InputStream in = NikAgreementTest.class.getResourceAsStream("/wilayah/provinsi.csv")) {
            provinsi = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
        }
        regions = new NikRegions() {
            @Override
            public boolean provinsiExists(String code) {
                return provinsi.contains(code);
            }

            @Override
            public boolean kecamatanExists(String code) {
                return true; // only a warning on the server; the phone leaves it to the server
            }
        };
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static String server(String value, JenisKelamin sex, LocalDate birth) {
        List<FieldError> errors = Nik.check(value, sex, birth, regions).errors();
        return errors.stream().map(e -> e.rule() + ": " + e.message()).collect(Collectors.joining("\n"));
    }

    private static String phone(String value, JenisKelamin sex, LocalDate birth) {
        Value errors = nik.getMember("checkNik").execute(value, sex == null ? null : sex.name(),
                birth == null ? null : birth.toString());
        List<String> out = new ArrayList<>();
        for (long i = 0; i < errors.getArraySize(); i++) {
            Value e = errors.getArrayElement(i);
            out.add(e.getMember("rule").asString() + ": " + e.getMember("message").asString());
        }
        return String.join("\n", out);
    }

    @Test
    void sameRulesSameMessages() {
        Random random = new Random(16);
        List<String> differences = new ArrayList<>();
        List<String> samples = new ArrayList<>(List.of("", "123", "16711755039000011", "1671175503900a01",
                "1671175503900000", "9971175503900001", "1671173002000001", "1671177102000001", "1671172902010001",
                "1671176902000001", "1671171313900001", "1671170000900001", "1671174000900001"));
        for (int i = 0; i < 4000; i++) {
            StringBuilder s = new StringBuilder();
            s.append(String.format("%02d", 10 + random.nextInt(90)));
            s.append(String.format("%04d", random.nextInt(10000)));
            s.append(String.format("%02d", random.nextInt(75)));
            s.append(String.format("%02d", random.nextInt(14)));
            s.append(String.format("%02d", random.nextInt(100)));
            s.append(String.format("%04d", random.nextInt(3) == 0 ? 0 : random.nextInt(10000)));
            samples.add(s.toString());
        }
        for (String value : samples) {
            JenisKelamin sex = switch (value.length() % 3) {
                case 0 -> JenisKelamin.L;
                case 1 -> JenisKelamin.P;
                default -> null;
            };
            LocalDate birth = random.nextBoolean() ? null : LocalDate.of(1950 + random.nextInt(76), 1 + random.nextInt(12), 1 + random.nextInt(28));
            for (JenisKelamin s : new JenisKelamin[] { sex, JenisKelamin.L, JenisKelamin.P }) {
                String server = server(value, s, birth);
                String phone = phone(value, s, birth);
                if (!server.equals(phone)) {
                    differences.add(value + " " + s + " " + birth + ":\n server " + server + "\n phone  " + phone);
                }
            }
        }
        assertEquals(List.of(), differences);
    }
}
