package org.posyandu.api.spm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.posyandu.api.spm.FieldDefinition.decimal;
import static org.posyandu.api.spm.FieldDefinition.integer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.posyandu.api.error.FieldError;

/** Numbers as JSON parsers deliver them, including the ones that do not fit a double or a long. */
class FormValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final FormDefinition FORM = new FormDefinition("uji.angka", 1, "Uji", "Test", "uji_angka",
            Subject.NONE, List.of(decimal("beratKg", "Berat", "Weight").unit("kg").range(0.5, 40),
                    integer("jumlah", "Jumlah", "Count").range(0, 100), integer("bebas", "Bebas", "Unbounded"),
                    decimal("skor", "Skor", "Score")),
            List.of());

    private static List<String> rules(Map<String, ?> data) {
        return FormValidator.validate(FORM, data, TODAY).errors().stream().map(e -> e.field() + " " + e.rule())
                .toList();
    }

    @Test
    void aNumberTooLargeForADoubleBreaksTheFieldsBoundNotTheServer() {
        // Jackson reads 1e400 / -1e400 into a Map<String, Object> as positive / negative infinity
        assertEquals(List.of("beratKg maximum", "jumlah minimum"),
                rules(Map.of("beratKg", Double.POSITIVE_INFINITY, "jumlah", Double.NEGATIVE_INFINITY)));
        FieldError e = FormValidator.validate(FORM, Map.of("beratKg", Double.POSITIVE_INFINITY), TODAY).errors().get(0);
        assertEquals("Paling besar 40 kg.", e.message());
        assertEquals(List.of("bebas maximum", "skor minimum"),
                rules(Map.of("bebas", Double.POSITIVE_INFINITY, "skor", Double.NEGATIVE_INFINITY)));
    }

    @Test
    void aWholeNumberBeyondALongIsARangeErrorNotAnArithmeticException() {
        assertEquals(List.of("bebas maximum"), rules(Map.of("bebas", new BigInteger("1" + "0".repeat(30)))));
        assertEquals(List.of("bebas minimum"), rules(Map.of("bebas", new BigDecimal("-1E+400"))));
        assertEquals(List.of("jumlah maximum"), rules(Map.of("jumlah", new BigDecimal("1E+400"))));
    }

    @Test
    void ordinaryNumbersKeepTheirTypes() {
        FormValidator.Result r = FormValidator.validate(FORM, Map.of("beratKg", 7.5, "jumlah", 3, "bebas", 1e3), TODAY);
        assertEquals(List.of(), r.errors());
        assertEquals(new BigDecimal("7.5"), r.values().get("beratKg"));
        assertEquals(3L, r.values().get("jumlah"));
        assertEquals(1000L, r.values().get("bebas"));
        assertEquals(List.of("jumlah type"), rules(Map.of("jumlah", 2.5)));
    }
}
