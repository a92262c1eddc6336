package org.posyandu.core.internal.pendanaan;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.posyandu.api.pendanaan.Pendanaan;
import org.posyandu.api.pendanaan.SumberDana;

@Entity
@Table(name = "pendanaan")
public class PendanaanEntity {
    @Id
    private String id;
    @Column(name = "posyandu_id")
    private String posyanduId;
    private String sumber;
    private int tahun;
    private long jumlah;
    private String peruntukan;
    private String keterangan;
    private Timestamp dibuat;

    protected PendanaanEntity() {
    }

    PendanaanEntity(String id, String posyanduId, SumberDana sumber, int tahun, long jumlah, String peruntukan,
            String keterangan, Instant now) {
        this.id = id;
        this.posyanduId = posyanduId;
        this.sumber = sumber.name();
        this.tahun = tahun;
        this.jumlah = jumlah;
        this.peruntukan = peruntukan;
        this.keterangan = keterangan;
        this.dibuat = Timestamp.from(now);
    }

    String getPosyanduId() {
        return posyanduId;
    }

    Pendanaan toPendanaan() {
        return new Pendanaan(id, posyanduId, SumberDana.valueOf(sumber), tahun, jumlah, peruntukan, keterangan,
                dibuat.toInstant());
    }
}
