-- kesehatan.penimbangan v2: WHO z-scores, Permenkes classes, KMS N/T and 2T computed with each weighing.
ALTER TABLE kes_penimbangan ADD COLUMN umur_bulan BIGINT;
ALTER TABLE kes_penimbangan ADD COLUMN z_bb_u DECIMAL(12,3);
ALTER TABLE kes_penimbangan ADD COLUMN z_tb_u DECIMAL(12,3);
ALTER TABLE kes_penimbangan ADD COLUMN z_bb_tb DECIMAL(12,3);
ALTER TABLE kes_penimbangan ADD COLUMN z_imt_u DECIMAL(12,3);
ALTER TABLE kes_penimbangan ADD COLUMN status_bb_u VARCHAR(30);
ALTER TABLE kes_penimbangan ADD COLUMN status_tb_u VARCHAR(30);
ALTER TABLE kes_penimbangan ADD COLUMN status_bb_tb VARCHAR(30);
ALTER TABLE kes_penimbangan ADD COLUMN naik_berat_badan VARCHAR(40);
ALTER TABLE kes_penimbangan ADD COLUMN dua_t BOOLEAN;
ALTER TABLE kes_penimbangan ADD COLUMN perlu_rujukan BOOLEAN;
CREATE INDEX kes_penimbangan_warga ON kes_penimbangan (warga_id, tanggal);
