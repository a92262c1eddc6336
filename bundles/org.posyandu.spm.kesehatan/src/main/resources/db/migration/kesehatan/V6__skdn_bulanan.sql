-- The SKDN figures of one Posyandu for one month as last computed, with the Posyandu's change counter
-- (posyandu.data_versi) at that time and the version of the rules that computed them. A row whose counter or rules
-- version no longer matches is computed again, so the table never answers with figures older than the data. It can
-- be emptied at any time (e.g. after loading data straight into the database): the report fills it again.
CREATE TABLE kes_skdn_bulanan (
    posyandu_id    CHAR(36)  NOT NULL REFERENCES posyandu (id),
    bulan          CHAR(7)   NOT NULL,
    data_versi     BIGINT    NOT NULL,
    rumus_versi    INT       NOT NULL,
    s              INT       NOT NULL,
    k              INT       NOT NULL,
    d              INT       NOT NULL,
    n              INT       NOT NULL,
    t              INT       NOT NULL,
    o              INT       NOT NULL,
    b              INT       NOT NULL,
    dua_t          INT       NOT NULL,
    diukur_tb_u    INT       NOT NULL,
    stunting       INT       NOT NULL,
    diukur_bb_tb   INT       NOT NULL,
    wasting        INT       NOT NULL,
    diukur_bb_u    INT       NOT NULL,
    underweight    INT       NOT NULL,
    dihitung       TIMESTAMP NOT NULL,
    PRIMARY KEY (posyandu_id, bulan)
);
