-- SPM kesehatan: one table per form, the platform's standard columns first, then one column per field.

CREATE TABLE kes_penimbangan (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    berat_kg                 DECIMAL(12,3) NOT NULL,
    panjang_tinggi_cm        DECIMAL(12,3),
    cara_ukur                VARCHAR(40),
    lingkar_kepala_cm        DECIMAL(12,3),
    lila_cm                  DECIMAL(12,3),
    vitamin_a                VARCHAR(40) NOT NULL,
    pmt_diterima             BOOLEAN NOT NULL,
    pmt_kg                   DECIMAL(12,3)
);
CREATE INDEX kes_penimbangan_posyandu ON kes_penimbangan (posyandu_id, periode);

CREATE TABLE kes_imunisasi (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    vaksin                   VARCHAR(400) NOT NULL,
    kipi                     BOOLEAN NOT NULL,
    kipi_keterangan          VARCHAR(300)
);
CREATE INDEX kes_imunisasi_posyandu ON kes_imunisasi (posyandu_id, periode);

CREATE TABLE kes_anc (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    kunjungan_ke             BIGINT NOT NULL,
    usia_kehamilan_minggu    BIGINT NOT NULL,
    berat_kg                 DECIMAL(12,3) NOT NULL,
    sistolik                 BIGINT NOT NULL,
    diastolik                BIGINT NOT NULL,
    lila_cm                  DECIMAL(12,3) NOT NULL,
    kek                      BOOLEAN,
    risiko_hipertensi        BOOLEAN,
    tablet_tambah_darah      BIGINT NOT NULL,
    tanda_bahaya             VARCHAR(400) NOT NULL,
    dirujuk                  BOOLEAN NOT NULL
);
CREATE INDEX kes_anc_posyandu ON kes_anc (posyandu_id, periode);

CREATE TABLE kes_skrining (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    sistolik                 BIGINT NOT NULL,
    diastolik                BIGINT NOT NULL,
    gula_darah_sewaktu       BIGINT,
    berat_kg                 DECIMAL(12,3) NOT NULL,
    tinggi_cm                DECIMAL(12,3) NOT NULL,
    imt                      DECIMAL(12,3),
    lingkar_perut_cm         DECIMAL(12,3),
    merokok                  BOOLEAN NOT NULL,
    perlu_rujukan            BOOLEAN
);
CREATE INDEX kes_skrining_posyandu ON kes_skrining (posyandu_id, periode);
