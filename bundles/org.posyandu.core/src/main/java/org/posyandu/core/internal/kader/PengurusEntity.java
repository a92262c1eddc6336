package org.posyandu.core.internal.kader;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.posyandu.api.kader.Jabatan;
import org.posyandu.api.kader.Pelatihan;
import org.posyandu.api.kader.Pengurus;

@Entity
@Table(name = "pengurus")
public class PengurusEntity {
    @Id
    private String id;
    @Column(name = "posyandu_id")
    private String posyanduId;
    private String nama;
    private String nik;
    private String telepon;
    private String jabatan;
    private String bidang;
    @Column(name = "tanggal_mulai")
    private LocalDate tanggalMulai;
    @Column(name = "tanggal_selesai")
    private LocalDate tanggalSelesai;
    private Timestamp dibuat;
    private Timestamp diubah;
    @Version
    private int versi;

    protected PengurusEntity() {
    }

    PengurusEntity(String id, String posyanduId, Instant now) {
        this.id = id;
        this.posyanduId = posyanduId;
        this.dibuat = Timestamp.from(now);
    }

    void set(String nama, String nik, String telepon, Jabatan jabatan, String bidang, LocalDate mulai,
            LocalDate selesai, Instant now) {
        this.nama = nama;
        this.nik = nik;
        this.telepon = telepon;
        this.jabatan = jabatan.name();
        this.bidang = bidang;
        this.tanggalMulai = mulai;
        this.tanggalSelesai = selesai;
        this.diubah = Timestamp.from(now);
    }

    String getId() {
        return id;
    }

    String getPosyanduId() {
        return posyanduId;
    }

    Pengurus toPengurus(List<Pelatihan> pelatihan, LocalDate today) {
        boolean aktif = tanggalSelesai == null || tanggalSelesai.isAfter(today);
        return new Pengurus(id, posyanduId, nama, nik, telepon, Jabatan.valueOf(jabatan), bidang, tanggalMulai,
                tanggalSelesai, aktif, pelatihan);
    }
}
