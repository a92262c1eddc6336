-- SPM modules (issue 4): per-kabupaten activation with its history, and the idempotency ledger of submissions.
-- Each module's typed submission tables come from the module's own migrations (owner spm-<id>).

-- the current state per kabupaten and module; no row = the default (only kesehatan enabled, all its menus)
CREATE TABLE module_activation (
    kabupaten_kode VARCHAR(13)  NOT NULL REFERENCES wilayah (kode),
    module_id      VARCHAR(40)  NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    -- comma-separated menu ids; NULL = every menu of the module
    menus          VARCHAR(1000),
    diubah         TIMESTAMP    NOT NULL,
    diubah_oleh    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (kabupaten_kode, module_id)
);

-- every change, append-only
CREATE TABLE module_activation_history (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kabupaten_kode VARCHAR(13)  NOT NULL,
    module_id      VARCHAR(40)  NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    menus          VARCHAR(1000),
    diubah         TIMESTAMP    NOT NULL,
    diubah_oleh    VARCHAR(64)  NOT NULL
);
CREATE INDEX module_activation_history_k ON module_activation_history (kabupaten_kode, module_id);

-- one row per Idempotency-Key: the submission it produced and the hash of the content it carried
CREATE TABLE spm_submission_key (
    idempotency_key CHAR(36)    NOT NULL PRIMARY KEY,
    user_id         CHAR(36)    NOT NULL,
    form_id         VARCHAR(80) NOT NULL,
    posyandu_id     CHAR(36)    NOT NULL,
    submission_id   CHAR(36)    NOT NULL,
    content_hash    CHAR(64)    NOT NULL,
    dibuat          TIMESTAMP   NOT NULL
);
