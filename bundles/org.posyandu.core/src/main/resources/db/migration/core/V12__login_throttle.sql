-- Failed logins, shared by every node on the database (issue 15): one row per throttle key (a username, a username
-- from one client address, a client address), forgotten 15 minutes after its last failure or at a success.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    last_failure  TIMESTAMP    NOT NULL,
    -- attempts under this key are refused until then; NULL while below the key's threshold
    locked_until  TIMESTAMP
);
CREATE INDEX login_throttle_last ON login_throttle (last_failure);
