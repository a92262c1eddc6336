-- SPM perumahan-rakyat: one table per form, the platform's standard columns first, then one column per field.

CREATE TABLE prk_rtlh (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    pondasi                  VARCHAR(40) NOT NULL,
    kolom_balok              VARCHAR(40) NOT NULL,
    atap                     VARCHAR(40) NOT NULL,
    lantai                   VARCHAR(40) NOT NULL,
    dinding                  VARCHAR(40) NOT NULL,
    pencahayaan_cukup        BOOLEAN NOT NULL,
    jamban_sendiri           BOOLEAN NOT NULL,
    luas_lantai              DECIMAL(12,3) NOT NULL,
    jumlah_penghuni          BIGINT NOT NULL,
    luas_per_orang           DECIMAL(12,3),
    listrik                  VARCHAR(40) NOT NULL,
    air_minum_layak          BOOLEAN NOT NULL,
    layak_huni               BOOLEAN,
    status_bantuan           VARCHAR(40) NOT NULL,
    tanggal_bantuan          DATE
);
CREATE INDEX prk_rtlh_posyandu ON prk_rtlh (posyandu_id, periode);

CREATE TABLE prk_hunian (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    penyebab                 VARCHAR(40) NOT NULL,
    jenis_bencana            VARCHAR(40),
    status_hunian            VARCHAR(40) NOT NULL,
    tanggal_menempati        DATE NOT NULL,
    kebutuhan_mendesak       VARCHAR(300)
);
CREATE INDEX prk_hunian_posyandu ON prk_hunian (posyandu_id, periode);
