-- The change counter per Posyandu (V7) as an append-only log instead of a column of the posyandu row: raising the
-- column locked the Posyandu row until the durable commit, so all writes to one Posyandu ran one after another.
-- Every write transaction that changes what a Posyandu's figures are inserts one row here (jumlah = 1), and never
-- updates one; the Posyandu's version is SUM(jumlah) of its rows, which every commit that touches it raises.
-- A background job folds a Posyandu's rows into one carrying their sum (PosyanduChangeCompaction), so the log stays
-- about one row per Posyandu plus the writes of the last minutes. No foreign key: the id comes from the Posyandu
-- the write has just checked, and a key check would lock the Posyandu row again.
CREATE TABLE posyandu_perubahan (
    id          BIGINT   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    posyandu_id CHAR(36) NOT NULL,
    jumlah      BIGINT   NOT NULL
);
-- covering: a version is summed from the index alone
CREATE INDEX posyandu_perubahan_posyandu ON posyandu_perubahan (posyandu_id, jumlah);
INSERT INTO posyandu_perubahan (posyandu_id, jumlah) SELECT id, data_versi FROM posyandu WHERE data_versi > 0;
ALTER TABLE posyandu DROP COLUMN data_versi;
