-- Households and life events of residents (issue 13).
-- hubungan_keluarga: the relation on the Kartu Keluarga (kepala_keluarga, istri, anak ...).
-- keluar_jenis/keluar_tanggal: the resident died (meninggal) or moved out of the area (pindah) on that date; NULL while
-- the resident is served. masuk_tanggal: the date the resident moved in from another Posyandu (NULL: registered here).
-- hamil_berakhir: the date the last recorded pregnancy ended. All four are kept by the core from warga_peristiwa
-- (the events themselves, never deleted), so lists and reports read them without a join.
ALTER TABLE warga ADD COLUMN hubungan_keluarga VARCHAR(20);
ALTER TABLE warga ADD COLUMN keluar_jenis VARCHAR(20);
ALTER TABLE warga ADD COLUMN keluar_tanggal DATE;
ALTER TABLE warga ADD COLUMN masuk_tanggal DATE;
ALTER TABLE warga ADD COLUMN hamil_berakhir DATE;
CREATE INDEX warga_no_kk ON warga (no_kk);
-- Reports count a Posyandu's residents present in a month (SKDN's S): the birth-date index of V6 gains the two dates
-- of presence, so it still answers them without reading the residents' rows. Same name: report SQL names it for Derby.
DROP INDEX warga_posyandu_lahir;
CREATE INDEX warga_posyandu_lahir ON warga (posyandu_id, tanggal_lahir, id, keluar_tanggal, masuk_tanggal);

-- One row per life event. posyandu_asal is where the resident was served when it happened, and asal_sejak since when
-- (the masuk_tanggal then): a report counts a resident who moved on at the Posyandu of origin for the months the
-- resident was there. A wrong event is voided (dibatalkan, by whom, why), never deleted.
CREATE TABLE warga_peristiwa (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    warga_id        CHAR(36)     NOT NULL REFERENCES warga (id),
    jenis           VARCHAR(20)  NOT NULL,
    tanggal         DATE         NOT NULL,
    posyandu_asal   CHAR(36)     NOT NULL REFERENCES posyandu (id),
    asal_sejak      DATE,
    posyandu_tujuan CHAR(36)     REFERENCES posyandu (id),
    keterangan      VARCHAR(255),
    sumber          VARCHAR(120),
    dicatat         TIMESTAMP    NOT NULL,
    dicatat_oleh    VARCHAR(100) NOT NULL,
    dibatalkan      TIMESTAMP,
    dibatalkan_oleh VARCHAR(100),
    alasan_batal    VARCHAR(255)
);
CREATE INDEX warga_peristiwa_warga ON warga_peristiwa (warga_id, tanggal);
CREATE INDEX warga_peristiwa_asal ON warga_peristiwa (posyandu_asal, jenis, tanggal);
