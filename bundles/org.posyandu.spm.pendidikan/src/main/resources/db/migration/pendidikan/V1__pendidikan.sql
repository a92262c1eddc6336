-- SPM pendidikan: one table per form, the platform's standard columns first, then one column per field.

CREATE TABLE pdk_paud (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    ikut_paud                BOOLEAN NOT NULL,
    jenis_layanan            VARCHAR(40),
    nama_lembaga             VARCHAR(150),
    alasan_tidak             VARCHAR(40)
);
CREATE INDEX pdk_paud_posyandu ON pdk_paud (posyandu_id, periode);

CREATE TABLE pdk_ats (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    status                   VARCHAR(40) NOT NULL,
    jenjang_terakhir         VARCHAR(40),
    kelas_terakhir           BIGINT,
    penyebab                 VARCHAR(400) NOT NULL,
    tindak_lanjut            VARCHAR(40) NOT NULL,
    tanggal_tindak_lanjut    DATE
);
CREATE INDEX pdk_ats_posyandu ON pdk_ats (posyandu_id, periode);
