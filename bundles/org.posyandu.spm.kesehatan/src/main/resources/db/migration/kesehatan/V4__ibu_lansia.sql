-- kesehatan.anc v2 (Hb, mother's age, TTD over the pregnancy, risk flags), kesehatan.skrining v2 (fasting glucose,
-- BMI class, central obesity, hypertension, suspected diabetes, lansia), and the new forms kesehatan.persalinan
-- and kesehatan.nifas. Rows stored before keep NULL in the new columns, so every new column is nullable.
ALTER TABLE kes_anc ADD COLUMN hb_gdl DECIMAL(12,3);
ALTER TABLE kes_anc ADD COLUMN usia_ibu_tahun BIGINT;
ALTER TABLE kes_anc ADD COLUMN ttd_kumulatif BIGINT;
ALTER TABLE kes_anc ADD COLUMN ttd90 BOOLEAN;
ALTER TABLE kes_anc ADD COLUMN risiko VARCHAR(400);
ALTER TABLE kes_anc ADD COLUMN risiko_tinggi BOOLEAN;
CREATE INDEX kes_anc_warga ON kes_anc (warga_id, tanggal);

ALTER TABLE kes_skrining ADD COLUMN gula_darah_puasa BIGINT;
ALTER TABLE kes_skrining ADD COLUMN kategori_imt VARCHAR(40);
ALTER TABLE kes_skrining ADD COLUMN obesitas_sentral BOOLEAN;
ALTER TABLE kes_skrining ADD COLUMN hipertensi BOOLEAN;
ALTER TABLE kes_skrining ADD COLUMN diabetes BOOLEAN;
ALTER TABLE kes_skrining ADD COLUMN lansia BOOLEAN;

-- the date of the submission (tanggal) is the date of delivery
CREATE TABLE kes_persalinan (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    tempat                   VARCHAR(40)  NOT NULL,
    penolong                 VARCHAR(40)  NOT NULL,
    cara                     VARCHAR(40)  NOT NULL,
    kondisi_ibu              VARCHAR(40)  NOT NULL,
    jumlah_bayi              BIGINT       NOT NULL,
    bayi_lahir_hidup         BIGINT       NOT NULL,
    berat_bayi_gram          BIGINT,
    persalinan_di_faskes     BOOLEAN,
    nakes                    BOOLEAN,
    bblr                     BOOLEAN
);
CREATE INDEX kes_persalinan_posyandu ON kes_persalinan (posyandu_id, periode);
CREATE INDEX kes_persalinan_warga ON kes_persalinan (warga_id, tanggal);

CREATE TABLE kes_nifas (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    kunjungan_ke             VARCHAR(40)  NOT NULL,
    hari_setelah_persalinan  BIGINT       NOT NULL,
    tanda_bahaya             VARCHAR(400) NOT NULL,
    vitamin_a                BOOLEAN      NOT NULL,
    kb_pasca_persalinan      VARCHAR(40)  NOT NULL,
    dirujuk                  BOOLEAN      NOT NULL
);
CREATE INDEX kes_nifas_posyandu ON kes_nifas (posyandu_id, periode);
CREATE INDEX kes_nifas_warga ON kes_nifas (warga_id, tanggal);
