-- SPM pekerjaan-umum: one table per form, the platform's standard columns first, then one column per field.

CREATE TABLE pu_air_minum (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    sumber_air               VARCHAR(40) NOT NULL,
    jumlah_anggota           BIGINT NOT NULL,
    pemakaian_per_hari       DECIMAL(12,3) NOT NULL,
    liter_per_orang          DECIMAL(12,3),
    cukup60_liter            BOOLEAN,
    jarak_sumber             BIGINT,
    tersedia_sepanjang_tahun BOOLEAN NOT NULL
);
CREATE INDEX pu_air_minum_posyandu ON pu_air_minum (posyandu_id, periode);

CREATE TABLE pu_sanitasi (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    tangga_sanitasi          VARCHAR(40) NOT NULL,
    tangki_septik            BOOLEAN,
    penyedotan_terakhir      DATE,
    pilar_stbm               VARCHAR(400),
    pengelolaan_sampah       VARCHAR(40) NOT NULL,
    tempat_sampah_diberikan  BOOLEAN NOT NULL
);
CREATE INDEX pu_sanitasi_posyandu ON pu_sanitasi (posyandu_id, periode);
