-- Target-group lists (balita, lansia, ibu hamil ...) select residents by birth date or HPHT window.
CREATE INDEX warga_lahir ON warga (tanggal_lahir);
CREATE INDEX warga_hpht ON warga (hpht);
