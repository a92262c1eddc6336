package org.posyandu.core.internal.periode;

import org.posyandu.api.error.Errors;
import org.posyandu.api.error.FieldError;
import org.posyandu.api.error.ForbiddenException;
import org.posyandu.api.error.ValidationException;
import org.posyandu.api.security.AuditEntry;
import org.posyandu.api.security.Caller;
import org.posyandu.api.security.Role;
import org.posyandu.api.spm.PeriodeBatas;

/** Reading and setting a kabupaten's deadline rule: who may, and what values are allowed. */
final class BatasRules {
    /** Day 28 exists in every month; later deadlines belong in the month after. */
    static final int MAX_HARI = 28;

    private final PeriodeStore store;

    BatasRules(PeriodeStore store) {
        this.store = store;
    }

    /** A well-formed kabupaten code inside the caller's scope (403 otherwise, naming {@code kabupaten}). */
    static void requireKabupaten(Caller caller, String kode) {
        if (kode == null || !kode.matches("\\d{2}\\.\\d{2}")) {
            throw ValidationException.of(new FieldError("kabupaten", "format",
                    "Kode kabupaten/kota dalam format PP.KK, mis. 16.71.", "A kabupaten/city code as PP.KK, e.g. 16.71."));
        }
        // an admin below the kabupaten reads its rule too (it governs their desa)
        String own = caller.scope().wilayah();
        if (!caller.scope().coversWilayah(kode) && (own == null || !own.startsWith(kode + "."))) {
            throw ForbiddenException.outsideScope("kabupaten", kode);
        }
    }

    PeriodeBatas read(Caller caller, String kode) {
        requireKabupaten(caller, kode);
        return store.batas().of(kode);
    }

    PeriodeBatas set(Caller caller, String kode, Integer hari, Boolean kunciOtomatis) {
        requireKabupaten(caller, kode);
        PeriodeServiceImpl.requireRole(caller, Role.ADMIN_KABUPATEN);
        if (!caller.scope().coversWilayah(kode)) {
            throw ForbiddenException.outsideScope("kabupaten", kode);
        }
        Errors errors = new Errors();
        if (hari != null && (hari < 1 || hari > MAX_HARI)) {
            errors.add("hari", "range", "Hari batas dari 1 sampai " + MAX_HARI + " (tanggal bulan berikutnya).",
                    "Deadline day from 1 to " + MAX_HARI + " (day of the following month).");
        }
        if (hari == null && kunciOtomatis == null) {
            errors.add("hari", "required", "Isi hari dan/atau kunciOtomatis.", "Give hari and/or kunciOtomatis.");
        }
        errors.throwIfAny();
        PeriodeBatas now = store.batas().of(kode);
        PeriodeBatas next = new PeriodeBatas(kode, hari == null ? now.hari() : hari,
                kunciOtomatis == null ? now.kunciOtomatis() : kunciOtomatis, store.now(), caller.username());
        store.batas().save(next, AuditEntry.of(caller, "PERIODE_BATAS", "periode", kode, kode, 200, null));
        return store.batas().of(kode);
    }
}
