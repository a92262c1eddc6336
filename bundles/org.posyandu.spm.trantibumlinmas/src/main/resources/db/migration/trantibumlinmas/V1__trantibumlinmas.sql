-- SPM trantibumlinmas: one table per form, the platform's standard columns first, then one column per field.

CREATE TABLE tbl_apar (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    kode_apar                VARCHAR(40) NOT NULL,
    lokasi                   VARCHAR(200) NOT NULL,
    jenis                    VARCHAR(40) NOT NULL,
    kapasitas                DECIMAL(12,3) NOT NULL,
    tekanan_normal           BOOLEAN NOT NULL,
    kondisi                  VARCHAR(40) NOT NULL,
    tanggal_kedaluwarsa      DATE NOT NULL,
    kedaluwarsa              BOOLEAN
);
CREATE INDEX tbl_apar_posyandu ON tbl_apar (posyandu_id, periode);

CREATE TABLE tbl_kegiatan (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    jenis_kegiatan           VARCHAR(40) NOT NULL,
    jenis_bencana            VARCHAR(400),
    jumlah_peserta           BIGINT NOT NULL,
    linmas_terlatih          BIGINT,
    penyelenggara            VARCHAR(150) NOT NULL
);
CREATE INDEX tbl_kegiatan_posyandu ON tbl_kegiatan (posyandu_id, periode);

CREATE TABLE tbl_kejadian (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    jenis_kejadian           VARCHAR(40) NOT NULL,
    korban_meninggal         BIGINT NOT NULL,
    korban_luka              BIGINT NOT NULL,
    rumah_rusak              BIGINT NOT NULL,
    pengungsi                BIGINT,
    ditangani_oleh           VARCHAR(400) NOT NULL,
    uraian                   VARCHAR(500) NOT NULL
);
CREATE INDEX tbl_kejadian_posyandu ON tbl_kejadian (posyandu_id, periode);
