-- SPM sosial: one table per form, the platform's standard columns first, then one column per field.

CREATE TABLE sos_ppks (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id       CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id          CHAR(36)     REFERENCES warga (id),
    tanggal           DATE         NOT NULL,
    periode           CHAR(7)      NOT NULL,
    form_versi        INT          NOT NULL,
    dibuat            TIMESTAMP    NOT NULL,
    dibuat_oleh       VARCHAR(64)  NOT NULL,
    kategori          VARCHAR(40)  NOT NULL,
    jenis_disabilitas VARCHAR(400),
    kebutuhan         VARCHAR(400) NOT NULL,
    status_dtsen      VARCHAR(40)  NOT NULL,
    desil_dtsen       BIGINT,
    tinggal_sendiri   BOOLEAN      NOT NULL,
    keterangan        VARCHAR(500)
);
CREATE INDEX sos_ppks_posyandu ON sos_ppks (posyandu_id, periode);

CREATE TABLE sos_rujukan (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id       CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id          CHAR(36)     REFERENCES warga (id),
    tanggal           DATE         NOT NULL,
    periode           CHAR(7)      NOT NULL,
    form_versi        INT          NOT NULL,
    dibuat            TIMESTAMP    NOT NULL,
    dibuat_oleh       VARCHAR(64)  NOT NULL,
    program           VARCHAR(40)  NOT NULL,
    tanggal_rujukan   DATE         NOT NULL,
    status            VARCHAR(40)  NOT NULL,
    tanggal_keputusan DATE,
    alasan_ditolak    VARCHAR(300)
);
CREATE INDEX sos_rujukan_posyandu ON sos_rujukan (posyandu_id, periode);
