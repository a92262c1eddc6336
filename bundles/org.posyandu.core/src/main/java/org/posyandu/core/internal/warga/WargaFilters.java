package org.posyandu.core.internal.warga;

import java.time.LocalDate;
import java.util.Map;

import org.posyandu.api.warga.KelompokSasaran;
import org.posyandu.api.warga.WargaQuery;
import org.posyandu.core.internal.db.Fields;

/** The JPQL conditions of a resident list ({@code w} = WargaEntity), from the filters of a {@link WargaQuery}. */
final class WargaFilters {
    private WargaFilters() {
    }

    static void append(StringBuilder jpql, Map<String, Object> params, WargaQuery q, LocalDate today) {
        if (q.posyanduId() != null) {
            jpql.append(" AND w.posyanduId = :posyandu");
            params.put("posyandu", q.posyanduId());
        }
        if (q.wilayah() != null) {
            jpql.append(" AND (w.desaKode = :kode OR w.desaKode LIKE :under)");
            params.put("kode", q.wilayah());
            params.put("under", q.wilayah() + ".%");
        }
        if (q.nik() != null) {
            jpql.append(" AND w.nik = :nik");
            params.put("nik", q.nik());
        }
        if (q.nama() != null) {
            jpql.append(" AND w.namaKunci LIKE :nama");
            params.put("nama", "%" + Fields.nameKey(q.nama()).replace("%", "").replace("_", "") + "%");
        }
        if (q.noKk() != null) {
            jpql.append(" AND w.noKk = :noKk");
            params.put("noKk", q.noKk());
        }
        if (q.ibuId() != null) {
            jpql.append(" AND w.ibuId = :ibu");
            params.put("ibu", q.ibuId());
        }
        // sasaran lists are of the residents served today; a NIK search (search before create) finds everyone
        if (!q.semua() && q.nik() == null) {
            jpql.append(" AND (w.keluarTanggal IS NULL OR w.keluarTanggal > :today)");
            params.put("today", today);
        }
        if (q.kelompok() != null) {
            narrowToGroup(jpql, params, q.kelompok(), today);
        }
    }

    /**
     * Target groups are derived, not stored, so the database cannot select them exactly; it selects a date
     * window one day wider on each side than the group (month-end arithmetic differs by a day at most), and
     * {@link org.posyandu.api.warga.KelompokSasaran#derive} decides.
     */
    private static void narrowToGroup(StringBuilder jpql, Map<String, Object> params, KelompokSasaran group,
            LocalDate today) {
        LocalDate bornAfter = null;
        LocalDate bornUpTo = null;
        switch (group) {
            case BAYI -> bornAfter = today.minusMonths(12).minusDays(1);
            case BALITA -> bornAfter = today.minusMonths(60).minusDays(1);
            case REMAJA -> {
                bornAfter = today.minusYears(19).minusDays(1);
                bornUpTo = today.minusYears(10).plusDays(1);
            }
            case USIA_PRODUKTIF -> {
                bornAfter = today.minusYears(60).minusDays(1);
                bornUpTo = today.minusYears(15).plusDays(1);
            }
            case LANSIA -> bornUpTo = today.minusYears(60).plusDays(1);
            case IBU_HAMIL -> {
                jpql.append(" AND w.jenisKelamin = 'P' AND w.hpht > :hphtAfter AND w.hpht <= :hphtUpTo");
                params.put("hphtAfter", today.minusDays(295));
                params.put("hphtUpTo", today);
            }
        }
        if (bornAfter != null) {
            jpql.append(" AND w.tanggalLahir > :bornAfter");
            params.put("bornAfter", bornAfter);
        }
        if (bornUpTo != null) {
            jpql.append(" AND w.tanggalLahir <= :bornUpTo");
            params.put("bornUpTo", bornUpTo);
        }
    }
}
