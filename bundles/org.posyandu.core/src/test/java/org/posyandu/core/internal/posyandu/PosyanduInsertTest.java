package org.posyandu.core.internal.posyandu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posyandu.api.error.ConflictException;
import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.security.Scope;
import org.posyandu.core.internal.db.SchemaMigrator;
import org.posyandu.core.internal.db.TestDatabase;

/** The registry's hot write on a real (in-memory Derby) database with the real migrations. */
class PosyanduInsertTest {
    private static final String DESA = "16.71.17.1003";
    private DataSource db;
    private PosyanduInsert insert;

    @BeforeEach
    void database() throws Exception {
        db = TestDatabase.fresh();
        new SchemaMigrator(db).migrate("org.posyandu.core", TestDatabase.coreMigrations());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO wilayah VALUES ('16.71.17', 'Seberang Ulu I', 'seberang ulu i', 3, '16.71')");
            s.executeUpdate("INSERT INTO wilayah VALUES ('" + DESA + "', 'Lima-belas Ulu', 'lima-belas ulu', 4, '16.71.17')");
        }
        insert = new PosyanduInsert(db);
    }

    private Posyandu create(Scope scope, String nama, String desa, Errors errors) {
        return insert.insert(caller(scope), desa, errors, () -> new PosyanduInsert.Row(nama, nama.toLowerCase(), desa, null,
                "003", null, null, true));
    }

    private static Caller caller(Scope scope) {
        return new Caller("u-1", "penguji", Role.ADMIN_KABUPATEN, scope);
    }

    @Test
    void storesTheRowDurablyAndAnswersWithTheDesaName() throws Exception {
        Posyandu p = create(Scope.all(), "Melati", DESA, new Errors());
        assertEquals("Lima-belas Ulu", p.desaNama());
        assertEquals(p.dibuat(), p.diubah());
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT nama, nama_kunci, rt, aktif, versi, (SELECT COUNT(*) FROM posyandu_perubahan) FROM posyandu")) {
            rs.next();
            assertEquals(List.of("Melati", "melati", "003", "true", "1", "0"), List.of(rs.getString(1), rs.getString(2),
                    rs.getString(3), String.valueOf(rs.getBoolean(4)), rs.getString(5), rs.getString(6)));
        }
    }

    @Test
    void aTakenNameIsA409NamingTheHolder() {
        String holder = create(Scope.all(), "Melati", DESA, new Errors()).id();
        ConflictException e = assertThrows(ConflictException.class, () -> create(Scope.all(), "Melati", DESA, new Errors()));
        assertEquals(holder, e.existingId());
        assertEquals(1, count());
    }

    @Test
    void anUnknownDesaIsReportedInFieldOrderWithTheOtherErrors() {
        Errors errors = new Errors();
        errors.add("nama", "required", "Wajib diisi.", "Required.");
        ValidationException e = assertThrows(ValidationException.class, () -> insert.insert(caller(Scope.all()), "16.71.17.9999",
                errors, () -> {
                    errors.add("rt", "rtRw.format", "x", "x");
                    return null;
                }));
        assertEquals(List.of("nama", "desaKode", "rt"), e.errors().stream().map(FieldError::field).toList());
        // a kecamatan code is not a desa
        assertThrows(ValidationException.class, () -> create(Scope.all(), "Melati", "16.71.17", new Errors()));
        assertEquals(0, count());
    }

    @Test
    void aDesaOutsideTheCallersScopeIsRefusedAndNothingIsStored() {
        assertThrows(ForbiddenException.class, () -> create(Scope.wilayah("16.72"), "Melati", DESA, new Errors()));
        assertEquals(0, count());
    }

    private int count() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM posyandu")) {
            rs.next();
            return rs.getInt(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
