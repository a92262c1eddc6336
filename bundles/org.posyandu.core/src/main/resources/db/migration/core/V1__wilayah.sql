-- Official Kemendagri regions (reference data, loaded once from the bundled CSV files).
CREATE TABLE wilayah (
    kode        VARCHAR(13)  NOT NULL PRIMARY KEY,
    nama        VARCHAR(120) NOT NULL,
    -- lower-case copy of nama: Derby has no function indexes, so case-insensitive search needs its own column
    nama_cari   VARCHAR(120) NOT NULL,
    tingkat     SMALLINT     NOT NULL,
    induk_kode  VARCHAR(13)
);
CREATE INDEX wilayah_induk ON wilayah (induk_kode);
CREATE INDEX wilayah_nama_cari ON wilayah (nama_cari);

-- One row per region data set loaded, so a restart never loads the same data again.
CREATE TABLE wilayah_dataset (
    dataset     VARCHAR(100) NOT NULL PRIMARY KEY,
    jumlah      INT          NOT NULL,
    dimuat_pada TIMESTAMP    NOT NULL
);
