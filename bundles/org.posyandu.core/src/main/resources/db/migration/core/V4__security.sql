-- Platform users, login sessions, the token signing key and the append-only audit trail (issue 3).

CREATE TABLE app_user (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    -- lower case [a-z0-9._-]: unique as typed
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    -- the wilayah an admin is bound to; NULL for SUPERADMIN and KADER
    wilayah_kode  VARCHAR(13)  REFERENCES wilayah (kode),
    aktif         BOOLEAN      NOT NULL,
    -- access tokens issued before this instant are refused (password reset, disable)
    sesi_sejak    TIMESTAMP    NOT NULL,
    dibuat        TIMESTAMP    NOT NULL,
    diubah        TIMESTAMP    NOT NULL,
    dibuat_oleh   VARCHAR(64),
    versi         INT          NOT NULL,
    CONSTRAINT app_user_username_unik UNIQUE (username)
);
CREATE INDEX app_user_wilayah ON app_user (wilayah_kode);

-- the Posyandu a kader serves
CREATE TABLE app_user_posyandu (
    user_id     CHAR(36) NOT NULL REFERENCES app_user (id),
    posyandu_id CHAR(36) NOT NULL REFERENCES posyandu (id),
    PRIMARY KEY (user_id, posyandu_id)
);
CREATE INDEX app_user_posyandu_p ON app_user_posyandu (posyandu_id);

-- one login session; the refresh token is kept only as its SHA-256 (hex) and rotates on every use
CREATE TABLE auth_session (
    id            CHAR(36)  NOT NULL PRIMARY KEY,
    user_id       CHAR(36)  NOT NULL REFERENCES app_user (id),
    refresh_hash  CHAR(64)  NOT NULL,
    dibuat        TIMESTAMP NOT NULL,
    kedaluwarsa   TIMESTAMP NOT NULL,
    dicabut       TIMESTAMP,
    CONSTRAINT auth_session_refresh_unik UNIQUE (refresh_hash)
);
CREATE INDEX auth_session_user ON auth_session (user_id);

-- HMAC-SHA256 key for access tokens (Base64), created on first use, shared by every node on this database
CREATE TABLE signing_key (
    id      INT          NOT NULL PRIMARY KEY,
    secret  VARCHAR(100) NOT NULL,
    dibuat  TIMESTAMP    NOT NULL
);

-- append-only: the platform inserts and reads, never updates or deletes
CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    waktu       TIMESTAMP    NOT NULL,
    username    VARCHAR(64),
    role        VARCHAR(20),
    action      VARCHAR(30)  NOT NULL,
    object_type VARCHAR(40),
    object_id   VARCHAR(64),
    wilayah     VARCHAR(13),
    outcome     INT          NOT NULL,
    detail      VARCHAR(500)
);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE INDEX audit_log_wilayah ON audit_log (wilayah, waktu);
CREATE INDEX audit_log_waktu ON audit_log (waktu);
