-- A change counter per Posyandu: raised in the same transaction as every write that can change what the Posyandu's
-- figures are (a resident registered, edited or moved in or out, a form submitted at the Posyandu or about one of
-- its residents). Modules key their per-Posyandu report caches on it (docs/extension-guide.md): a cached figure
-- whose counter no longer matches is computed again.
ALTER TABLE posyandu ADD COLUMN data_versi BIGINT NOT NULL DEFAULT 0;
