package org.posyandu.core.internal.warga;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.posyandu.api.error.FieldError;
import org.posyandu.api.warga.JenisKelamin;
import org.posyandu.api.warga.KelompokSasaran;
import org.posyandu.api.warga.Warga;

/**
 * A resident's row. Life events change the row with plain SQL in the transaction of the event or of the submission
 * that records it ({@link PeristiwaStore}), so the row is never kept in the shared cache
 * (persistence.xml caches only what is marked {@code @Cacheable}): every read sees them.
 */
@Entity
@Table(name = "warga")
@Cacheable(false)
public class WargaEntity {
    private static final String SEP = "\u001f";

    @Id
    private String id;
    private String nik;
    @Column(name = "no_kk")
    private String noKk;
    private String nama;
    @Column(name = "nama_kunci")
    private String namaKunci;
    @Column(name = "jenis_kelamin")
    private String jenisKelamin;
    @Column(name = "tanggal_lahir")
    private LocalDate tanggalLahir;
    @Column(name = "desa_kode")
    private String desaKode;
    private String rt;
    private String rw;
    private String alamat;
    @Column(name = "posyandu_id")
    private String posyanduId;
    @Column(name = "ibu_id")
    private String ibuId;
    private LocalDate hpht;
    @Column(name = "hubungan_keluarga")
    private String hubunganKeluarga;
    /** Kept from the life events by {@link PeristiwaStore}, never written through JPA. */
    @Column(name = "keluar_jenis", insertable = false, updatable = false)
    private String keluarJenis;
    @Column(name = "keluar_tanggal", insertable = false, updatable = false)
    private LocalDate keluarTanggal;
    @Column(name = "hamil_berakhir", insertable = false, updatable = false)
    private LocalDate hamilBerakhir;
    /** Warnings, one per line: field, rule, message, English message separated by U+001F. */
    private String peringatan;
    private Timestamp dibuat;
    private Timestamp diubah;
    @Version
    private int versi;

    protected WargaEntity() {
    }

    WargaEntity(String id, Instant now) {
        this.id = id;
        this.dibuat = Timestamp.from(now);
    }

    void set(ValidWarga v, Instant now) {
        this.nik = v.nik();
        this.noKk = v.noKk();
        this.nama = v.nama();
        this.namaKunci = v.namaKunci();
        this.jenisKelamin = v.jenisKelamin().name();
        this.tanggalLahir = v.tanggalLahir();
        this.desaKode = v.desaKode();
        this.rt = v.rt();
        this.rw = v.rw();
        this.alamat = v.alamat();
        this.posyanduId = v.posyanduId();
        this.ibuId = v.ibuId();
        this.hpht = v.hpht();
        this.hubunganKeluarga = v.hubunganKeluarga();
        this.peringatan = encode(v.peringatan());
        this.diubah = Timestamp.from(now);
    }

    String getPosyanduId() {
        return posyanduId;
    }

    String getId() {
        return id;
    }

    JenisKelamin getJenisKelamin() {
        return JenisKelamin.valueOf(jenisKelamin);
    }

    LocalDate getTanggalLahir() {
        return tanggalLahir;
    }

    /** The resident on day {@code today}: one who died or moved away by then is in no target group. */
    Warga toWarga(LocalDate today) {
        boolean gone = keluarTanggal != null && !keluarTanggal.isAfter(today);
        List<String> groups = gone ? List.of() : KelompokSasaran.derive(tanggalLahir, getJenisKelamin(), hpht,
                hamilBerakhir, today).stream().map(KelompokSasaran::jsonName).toList();
        return new Warga(id, nik, noKk, nama, getJenisKelamin(), tanggalLahir, desaKode, rt, rw, alamat, posyanduId,
                ibuId, hpht, groups, decode(peringatan), dibuat.toInstant(), diubah.toInstant(), hubunganKeluarga,
                keluarJenis == null ? Warga.AKTIF : keluarJenis, keluarTanggal, hamilBerakhir);
    }

    private static String encode(List<FieldError> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (FieldError w : warnings) {
            lines.add(String.join(SEP, w.field(), w.rule(), w.message(), w.messageEn()));
        }
        return String.join("\n", lines);
    }

    private static List<FieldError> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<FieldError> result = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] p = line.split(SEP, 4);
            result.add(new FieldError(p[0], p[1], p[2], p[3]));
        }
        return result;
    }
}
