-- K of the SKDN (children with a Buku KIA) looks a child up in kes_balita: answered from this index alone.
CREATE INDEX kes_balita_kia ON kes_balita (warga_id, punya_buku_kia, tanggal);
