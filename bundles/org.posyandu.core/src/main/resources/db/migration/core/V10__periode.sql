-- Verification and locking of a Posyandu's monthly data (issue 13 item 4): the current state per Posyandu and
-- month, its append-only history, and each kabupaten's deadline rule. No state row = terbuka; no batas row = day 5
-- of the following month, no automatic lock.
CREATE TABLE periode_status (
    posyandu_id    CHAR(36)     NOT NULL REFERENCES posyandu (id),
    periode        CHAR(7)      NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    -- reopened by the kabupaten after a lock: the automatic lock no longer applies
    dibuka_kembali BOOLEAN      NOT NULL,
    alasan         VARCHAR(500),
    diubah         TIMESTAMP    NOT NULL,
    diubah_oleh    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (posyandu_id, periode)
);
CREATE INDEX periode_status_periode ON periode_status (periode);

CREATE TABLE periode_riwayat (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    posyandu_id    CHAR(36)     NOT NULL,
    periode        CHAR(7)      NOT NULL,
    aksi           VARCHAR(12)  NOT NULL,
    status_sebelum VARCHAR(12)  NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    alasan         VARCHAR(500),
    waktu          TIMESTAMP    NOT NULL,
    oleh           VARCHAR(64)  NOT NULL,
    peran          VARCHAR(20)
);
CREATE INDEX periode_riwayat_p ON periode_riwayat (posyandu_id, periode);

CREATE TABLE periode_batas (
    kabupaten_kode VARCHAR(13)  NOT NULL PRIMARY KEY REFERENCES wilayah (kode),
    hari           INT          NOT NULL,
    kunci_otomatis BOOLEAN      NOT NULL,
    diubah         TIMESTAMP    NOT NULL,
    diubah_oleh    VARCHAR(64)  NOT NULL
);
