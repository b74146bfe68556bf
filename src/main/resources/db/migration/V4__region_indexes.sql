-- Built after the bulk load of V3, which is faster than maintaining them row by row.
-- Children of a region, in code order.
CREATE INDEX region_parent_code_idx ON region (parent_code, code);
-- Name search (name LIKE '%洪德%'); pg_trgm comes from V1.
CREATE INDEX region_name_trgm_idx ON region USING gin (name gin_trgm_ops);
ANALYZE region;
