package org.posyandu.core.internal.kader;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.posyandu.api.kader.Pelatihan;

@Entity
@Table(name = "pelatihan")
public class PelatihanEntity {
    @Id
    private String id;
    @Column(name = "pengurus_id")
    private String pengurusId;
    private String nama;
    private LocalDate tanggal;
    private String penyelenggara;
    private Timestamp dibuat;

    protected PelatihanEntity() {
    }

    PelatihanEntity(String id, String pengurusId, String nama, LocalDate tanggal, String penyelenggara, Instant now) {
        this.id = id;
        this.pengurusId = pengurusId;
        this.nama = nama;
        this.tanggal = tanggal;
        this.penyelenggara = penyelenggara;
        this.dibuat = Timestamp.from(now);
    }

    String getPengurusId() {
        return pengurusId;
    }

    Pelatihan toPelatihan() {
        return new Pelatihan(id, nama, tanggal, penyelenggara);
    }
}
