package org.posyandu.core.internal.posyandu;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.EntityManager;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.posyandu.api.error.NotFoundException;
import org.posyandu.api.security.Scope;
import org.posyandu.api.posyandu.Posyandu;
import org.posyandu.api.posyandu.Strata;
import org.posyandu.core.internal.db.Fields;

@Entity
@Table(name = "posyandu")
public class PosyanduEntity {
    @Id
    private String id;
    private String nama;
    @Column(name = "nama_kunci")
    private String namaKunci;
    @Column(name = "desa_kode")
    private String desaKode;
    private String alamat;
    private String rt;
    private String rw;
    private String strata;
    private boolean aktif;
    private Timestamp dibuat;
    private Timestamp diubah;
    @Version
    private int versi;

    protected PosyanduEntity() {
    }

    public PosyanduEntity(String id, Instant now) {
        this.id = id;
        this.dibuat = Timestamp.from(now);
    }

    void set(String nama, String namaKunci, String desaKode, String alamat, String rt, String rw, Strata strata,
            boolean aktif, Instant now) {
        this.nama = nama;
        this.namaKunci = namaKunci;
        this.desaKode = desaKode;
        this.alamat = alamat;
        this.rt = rt;
        this.rw = rw;
        this.strata = strata == null ? null : strata.name();
        this.aktif = aktif;
        this.diubah = Timestamp.from(now);
    }

    /** The Posyandu with that id inside the caller's scope, or a 404 for the client (whether it exists elsewhere or not). */
    public static PosyanduEntity require(EntityManager em, Scope scope, String id) {
        PosyanduEntity entity = Fields.isId(id) ? em.find(PosyanduEntity.class, id) : null;
        if (entity == null || !scope.coversPosyandu(entity.getId(), entity.getDesaKode())) {
            throw new NotFoundException("Posyandu", "Posyandu", id);
        }
        return entity;
    }

    /** Whether the Posyandu with that id exists and lies inside the scope. */
    public static boolean covers(EntityManager em, Scope scope, String id) {
        PosyanduEntity p = Fields.isId(id) ? em.find(PosyanduEntity.class, id) : null;
        return p != null && scope.coversPosyandu(p.getId(), p.getDesaKode());
    }

    public String getId() {
        return id;
    }

    public String getDesaKode() {
        return desaKode;
    }

    public boolean isAktif() {
        return aktif;
    }

    public String getNamaKunci() {
        return namaKunci;
    }

    Posyandu toPosyandu(String desaNama) {
        return new Posyandu(id, nama, desaKode, desaNama, alamat, rt, rw,
                strata == null ? null : Strata.valueOf(strata), aktif, dibuat.toInstant(), diubah.toInstant());
    }
}
