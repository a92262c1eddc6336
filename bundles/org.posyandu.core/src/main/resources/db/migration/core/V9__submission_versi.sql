-- Corrections and voids of submissions (issue 13): every version of a submission, with who, when and why. A
-- submission never corrected has no row here (its version 1 is its row in the module's table); the first change
-- writes version 1 as it was, then the new version. A voided submission's row leaves the module's table, so every
-- module's lists and reports count only the submissions in force, and lives on here in full (tindakan 'dibatalkan').
CREATE TABLE spm_submission_versi (
    submission_id CHAR(36)     NOT NULL,
    versi         INT          NOT NULL,
    form_id       VARCHAR(80)  NOT NULL,
    form_versi    INT          NOT NULL,
    posyandu_id   CHAR(36)     NOT NULL,
    warga_id      CHAR(36),
    tanggal       DATE         NOT NULL,
    periode       CHAR(7)      NOT NULL,
    dibuat        TIMESTAMP    NOT NULL,
    dibuat_oleh   VARCHAR(64)  NOT NULL,
    -- the values, one "name<TAB>value" line per field (SubmissionVersions encodes them)
    isi           VARCHAR(32000) NOT NULL,
    tindakan      VARCHAR(12)  NOT NULL,
    alasan        VARCHAR(500),
    oleh          VARCHAR(64)  NOT NULL,
    pada          TIMESTAMP    NOT NULL,
    PRIMARY KEY (submission_id, versi)
);
CREATE INDEX spm_submission_versi_batal ON spm_submission_versi (posyandu_id, form_id, tindakan);

-- the version a correction or void produced, so its retry answers that version; NULL for a new submission
ALTER TABLE spm_submission_key ADD COLUMN versi INT;
