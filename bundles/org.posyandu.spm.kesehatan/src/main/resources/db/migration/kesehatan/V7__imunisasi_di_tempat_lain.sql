-- kesehatan.imunisasi v2: earlier doses given elsewhere (bidan, puskesmas, rumah sakit) marked at a visit, so a later
-- dose can be recorded without them; rows stored before keep NULL. The schedule check reads a child's whole record
-- by warga_id.
ALTER TABLE kes_imunisasi ADD COLUMN dosis_di_tempat_lain VARCHAR(400);
CREATE INDEX kes_imunisasi_warga ON kes_imunisasi (warga_id, tanggal);
