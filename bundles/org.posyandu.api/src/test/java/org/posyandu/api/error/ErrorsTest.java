package org.posyandu.api.error;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ErrorsTest {

    @Test
    void collectsEveryBrokenRuleAndThrowsOne422() {
        Errors errors = new Errors();
        assertFalse(errors.require("nama", "  "));
        assertFalse(errors.require("desaKode", null));
        assertTrue(errors.require("rt", "3"));
        assertFalse(errors.maxLength("alamat", "x".repeat(256), 255));
        ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
        assertEquals(422, e.status());
        assertEquals(List.of("nama", "desaKode", "alamat"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("required", "required", "maxLength"),
                e.errors().stream().map(FieldError::rule).toList());
    }

    @Test
    void nothingToReportThrowsNothing() {
        assertDoesNotThrow(new Errors()::throwIfAny);
    }

    @Test
    void aValidationFailureWithoutErrorsIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
    }

    @Test
    void conflictPointsAtTheExistingRecord() {
        ConflictException e = new ConflictException(new FieldError("nik", "nik.unik", "ada", "exists"), "id-1",
                "/warga/id-1");
        assertEquals(409, e.status());
        assertEquals("/warga/id-1", e.existingPath());
        assertEquals("ada", e.detail());
        assertEquals("exists", e.detailEn());
    }
}
