-- kesehatan.balita: birth data and whether the child has the Buku KIA/KMS (K of SKDN; BB/TB lahir of e-PPGBM).
CREATE TABLE kes_balita (
    id                       CHAR(36)     NOT NULL PRIMARY KEY,
    posyandu_id              CHAR(36)     NOT NULL REFERENCES posyandu (id),
    warga_id                 CHAR(36)     REFERENCES warga (id),
    tanggal                  DATE         NOT NULL,
    periode                  CHAR(7)      NOT NULL,
    form_versi               INT          NOT NULL,
    dibuat                   TIMESTAMP    NOT NULL,
    dibuat_oleh              VARCHAR(64)  NOT NULL,
    punya_buku_kia           BOOLEAN      NOT NULL,
    berat_lahir_kg           DECIMAL(12,3),
    panjang_lahir_cm         DECIMAL(12,3),
    nama_orang_tua           VARCHAR(120),
    bblr                     BOOLEAN
);
CREATE INDEX kes_balita_posyandu ON kes_balita (posyandu_id, periode);
CREATE INDEX kes_balita_warga ON kes_balita (warga_id, tanggal);

-- SKDN per month: every column the report reads is in this index, so Derby answers from the index alone.
CREATE INDEX kes_penimbangan_skdn ON kes_penimbangan (periode, posyandu_id, naik_berat_badan, dua_t, status_bb_u,
    status_tb_u, status_bb_tb);
