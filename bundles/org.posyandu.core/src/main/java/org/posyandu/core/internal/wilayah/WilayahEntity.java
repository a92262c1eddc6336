package org.posyandu.core.internal.wilayah;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.posyandu.api.wilayah.Tingkat;
import org.posyandu.api.wilayah.Wilayah;

/** Read-only view of a region row; rows are written by {@link WilayahLoader} only (so cached on every node). */
@Cacheable
@Entity
@Table(name = "wilayah")
public class WilayahEntity {
    @Id
    private String kode;
    private String nama;
    @Column(name = "nama_cari")
    private String namaCari;
    private short tingkat;
    @Column(name = "induk_kode")
    private String indukKode;

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public Wilayah toWilayah() {
        return new Wilayah(kode, nama, Tingkat.values()[tingkat - 1], indukKode);
    }
}
