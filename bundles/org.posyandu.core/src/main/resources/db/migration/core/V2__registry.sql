CREATE TABLE posyandu (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    nama        VARCHAR(120) NOT NULL,
    -- normalised name (trimmed, lower case, single spaces): the uniqueness key within a desa
    nama_kunci  VARCHAR(120) NOT NULL,
    desa_kode   VARCHAR(13)  NOT NULL REFERENCES wilayah (kode),
    alamat      VARCHAR(255),
    rt          VARCHAR(3),
    rw          VARCHAR(3),
    strata      VARCHAR(10),
    aktif       BOOLEAN      NOT NULL,
    dibuat      TIMESTAMP    NOT NULL,
    diubah      TIMESTAMP    NOT NULL,
    versi       INT          NOT NULL,
    CONSTRAINT posyandu_nama_unik UNIQUE (desa_kode, nama_kunci)
);

CREATE TABLE pengurus (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id     CHAR(36)     NOT NULL REFERENCES posyandu (id),
    nama            VARCHAR(120) NOT NULL,
    nik             VARCHAR(16),
    telepon         VARCHAR(20),
    jabatan         VARCHAR(12)  NOT NULL,
    bidang          VARCHAR(20),
    tanggal_mulai   DATE         NOT NULL,
    tanggal_selesai DATE,
    dibuat          TIMESTAMP    NOT NULL,
    diubah          TIMESTAMP    NOT NULL,
    versi           INT          NOT NULL
);
CREATE INDEX pengurus_posyandu ON pengurus (posyandu_id);

CREATE TABLE pelatihan (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    pengurus_id   CHAR(36)     NOT NULL REFERENCES pengurus (id),
    nama          VARCHAR(200) NOT NULL,
    tanggal       DATE         NOT NULL,
    penyelenggara VARCHAR(200) NOT NULL,
    dibuat        TIMESTAMP    NOT NULL
);
CREATE INDEX pelatihan_pengurus ON pelatihan (pengurus_id);

CREATE TABLE warga (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    nik           CHAR(16),
    no_kk         CHAR(16),
    nama          VARCHAR(120) NOT NULL,
    nama_kunci    VARCHAR(120) NOT NULL,
    jenis_kelamin CHAR(1)      NOT NULL,
    tanggal_lahir DATE         NOT NULL,
    desa_kode     VARCHAR(13)  NOT NULL REFERENCES wilayah (kode),
    rt            VARCHAR(3),
    rw            VARCHAR(3),
    alamat        VARCHAR(255),
    posyandu_id   CHAR(36)     NOT NULL REFERENCES posyandu (id),
    ibu_id        CHAR(36)     REFERENCES warga (id),
    hpht          DATE,
    peringatan    VARCHAR(1000),
    dibuat        TIMESTAMP    NOT NULL,
    diubah        TIMESTAMP    NOT NULL,
    versi         INT          NOT NULL,
    -- Derby allows many NULLs in a UNIQUE column: newborns without NIK yet
    CONSTRAINT warga_nik_unik UNIQUE (nik)
);
CREATE INDEX warga_posyandu ON warga (posyandu_id);
CREATE INDEX warga_desa ON warga (desa_kode);
CREATE INDEX warga_ibu ON warga (ibu_id);
CREATE INDEX warga_kk ON warga (no_kk);

CREATE TABLE pendanaan (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id CHAR(36)     NOT NULL REFERENCES posyandu (id),
    sumber      VARCHAR(20)  NOT NULL,
    tahun       INT          NOT NULL,
    jumlah      BIGINT       NOT NULL,
    peruntukan  VARCHAR(255) NOT NULL,
    keterangan  VARCHAR(500),
    dibuat      TIMESTAMP    NOT NULL
);
CREATE INDEX pendanaan_posyandu ON pendanaan (posyandu_id, tahun);
