-- Reports count a Posyandu's residents in a birth-date window (the balita of the SKDN, the sasaran of immunisation):
-- this index answers them without reading the residents' rows.
CREATE INDEX warga_posyandu_lahir ON warga (posyandu_id, tanggal_lahir, id);
