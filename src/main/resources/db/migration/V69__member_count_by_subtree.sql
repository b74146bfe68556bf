-- member_count (V63) counted each member once, under its own region, so a province's total summed
-- one row per village: 27,600 rows and 7-10 ms on every page of a province's default list. Now a
-- member counts under its own region AND every region above it (province, city, county,
-- township), so any region's total is the sum of that region's own rows: one row after compaction,
-- plus the deltas of the statements since.
--
-- The nodes of a code are its truncations to 2, 4, 6, 9 and 12 digits padded with zeros: the same
-- digits RegionCode.subtreePrefix() uses, so the row of region R counts exactly the members that
-- R's region scope sees. DISTINCT because a township's code truncated to 9 and 12 digits is itself.
CREATE FUNCTION member_count_nodes(code text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT DISTINCT rpad(left(code, digits), 12, '0') FROM unnest(ARRAY[2, 4, 6, 9, 12]) digits
$$;

CREATE OR REPLACE FUNCTION member_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_count (region_code, members)
    SELECT node, sum(n) FROM (SELECT region_code, count(*) AS n FROM added GROUP BY 1) r,
                             member_count_nodes(r.region_code) node
     GROUP BY 1;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION member_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_count (region_code, members)
    SELECT node, -sum(n) FROM (SELECT region_code, count(*) AS n FROM removed GROUP BY 1) r,
                              member_count_nodes(r.region_code) node
     GROUP BY 1;
    RETURN NULL;
END
$$;

-- A move within a county leaves the county's row and those above it unchanged: the -1 and +1 of
-- the shared nodes cancel out and are not written.
CREATE OR REPLACE FUNCTION member_count_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO member_count (region_code, members)
    SELECT node, sum(n) FROM (
        SELECT o.region_code, -1 AS n FROM before o JOIN after a ON a.id = o.id WHERE a.region_code <> o.region_code
        UNION ALL
        SELECT a.region_code, 1 FROM before o JOIN after a ON a.id = o.id WHERE a.region_code <> o.region_code) moves,
        member_count_nodes(moves.region_code) node
    GROUP BY 1
    HAVING sum(n) <> 0;
    RETURN NULL;
END
$$;

-- No writes may slip between the refill and the new trigger functions.
LOCK TABLE member IN SHARE MODE;
TRUNCATE member_count;
INSERT INTO member_count (region_code, members)
SELECT node, sum(n) FROM (SELECT region_code, count(*) AS n FROM member GROUP BY 1) r,
                         member_count_nodes(r.region_code) node
 GROUP BY 1;
