-- The session figures by TOWNSHIP, month and platform. livestream_monthly is at village x month x
-- streamer x platform grain, so a city's year of totals still walked ~17,000 index entries (13 ms
-- at the 10M-session benchmark) although the summary wants one row. Totals, totals by child region
-- down to townships, by month and by platform never need the village or the streamer: this table
-- folds both away. A township's 12-digit code (its 9 significant digits padded with zeros, as in
-- V64) groups its villages, so every region from a township up is one contiguous code range of
-- it; a village, and any figure per village or per streamer, still reads livestream_monthly.
-- Kept exact by the trigger with the same rules as the other tables: the Asia/Shanghai month of
-- the start, figures under the first village (here its township), only groups that have sessions.

-- No session may be written while the table is filled and the trigger replaced: a session
-- committed in between would be missing from (or counted twice in) the new table. Reads go on.
LOCK TABLE livestream_session IN SHARE MODE;

CREATE TABLE livestream_township_monthly (
    -- The township's code: rpad(left(village code, 9), 12, '0').
    region_code    varchar(12)   NOT NULL,
    -- The first day of the month.
    month          date          NOT NULL CHECK (extract(day FROM month) = 1),
    platform_code  varchar(40)   NOT NULL,
    sessions       bigint        NOT NULL CHECK (sessions >= 0),
    seconds        bigint        NOT NULL CHECK (seconds >= 0),
    viewers        bigint        NOT NULL CHECK (viewers >= 0),
    orders         bigint        NOT NULL CHECK (orders >= 0),
    gmv            numeric(20,2) NOT NULL CHECK (gmv >= 0),
    -- As livestream_monthly: the sums ride along in the key's index, so that every figure is an
    -- index-only scan of one contiguous code range.
    PRIMARY KEY (region_code, month, platform_code) INCLUDE (sessions, seconds, viewers, orders, gmv)
);

-- V64's function with livestream_township_monthly added: add, remove, the drift check's count
-- (one more group per session) and delete-empty. Everything else is unchanged.
CREATE OR REPLACE FUNCTION livestream_session_apply(s record, sign int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    d        date := (s.started_at AT TIME ZONE 'Asia/Shanghai')::date;
    mon      date := date_trunc('month', d::timestamp)::date;
    township varchar(12) := rpad(left(s.region_code, 9), 12, '0');
    secs     bigint := extract(epoch FROM s.ended_at - s.started_at)::bigint;
    villages varchar(12)[] := ARRAY(SELECT DISTINCT v FROM unnest(s.village_codes) v);
    products varchar(40)[] := ARRAY(SELECT DISTINCT p FROM unnest(s.product_codes) p);
    n        int;
    m        int;
BEGIN
    IF sign > 0 THEN
        INSERT INTO livestream_daily AS t (region_code, day, streamer_id, platform_code, sessions, seconds, viewers,
                                           orders, gmv)
        VALUES (s.region_code, d, s.streamer_id, s.platform_code, 1, secs, s.total_viewers, s.orders, s.gmv)
        ON CONFLICT (region_code, day, streamer_id, platform_code) DO UPDATE
           SET sessions = t.sessions + 1, seconds = t.seconds + secs, viewers = t.viewers + s.total_viewers,
               orders = t.orders + s.orders, gmv = t.gmv + s.gmv;
        INSERT INTO livestream_monthly AS t (region_code, month, streamer_id, platform_code, sessions, seconds,
                                             viewers, orders, gmv)
        VALUES (s.region_code, mon, s.streamer_id, s.platform_code, 1, secs, s.total_viewers, s.orders, s.gmv)
        ON CONFLICT (region_code, month, streamer_id, platform_code) DO UPDATE
           SET sessions = t.sessions + 1, seconds = t.seconds + secs, viewers = t.viewers + s.total_viewers,
               orders = t.orders + s.orders, gmv = t.gmv + s.gmv;
        INSERT INTO livestream_township_monthly AS t (region_code, month, platform_code, sessions, seconds, viewers,
                                                      orders, gmv)
        VALUES (township, mon, s.platform_code, 1, secs, s.total_viewers, s.orders, s.gmv)
        ON CONFLICT (region_code, month, platform_code) DO UPDATE
           SET sessions = t.sessions + 1, seconds = t.seconds + secs, viewers = t.viewers + s.total_viewers,
               orders = t.orders + s.orders, gmv = t.gmv + s.gmv;
        INSERT INTO livestream_village_day AS t (village_code, day, sessions)
        SELECT v, d, 1 FROM unnest(villages) v
        ON CONFLICT (village_code, day) DO UPDATE SET sessions = t.sessions + 1;
        INSERT INTO livestream_product_daily AS t (region_code, day, product_code, sessions, gmv)
        SELECT s.region_code, d, p, 1, s.gmv FROM unnest(products) p
        ON CONFLICT (region_code, day, product_code) DO UPDATE SET sessions = t.sessions + 1, gmv = t.gmv + s.gmv;
        INSERT INTO livestream_product_monthly AS t (region_code, month, product_code, sessions, gmv)
        SELECT township, mon, p, 1, s.gmv FROM unnest(products) p
        ON CONFLICT (region_code, month, product_code) DO UPDATE SET sessions = t.sessions + 1, gmv = t.gmv + s.gmv;
        RETURN;
    END IF;

    UPDATE livestream_daily
       SET sessions = sessions - 1, seconds = seconds - secs, viewers = viewers - s.total_viewers,
           orders = orders - s.orders, gmv = gmv - s.gmv
     WHERE region_code = s.region_code AND day = d AND streamer_id = s.streamer_id AND platform_code = s.platform_code;
    GET DIAGNOSTICS n = ROW_COUNT;
    UPDATE livestream_monthly
       SET sessions = sessions - 1, seconds = seconds - secs, viewers = viewers - s.total_viewers,
           orders = orders - s.orders, gmv = gmv - s.gmv
     WHERE region_code = s.region_code AND month = mon AND streamer_id = s.streamer_id
       AND platform_code = s.platform_code;
    GET DIAGNOSTICS m = ROW_COUNT;
    n := n + m;
    UPDATE livestream_township_monthly
       SET sessions = sessions - 1, seconds = seconds - secs, viewers = viewers - s.total_viewers,
           orders = orders - s.orders, gmv = gmv - s.gmv
     WHERE region_code = township AND month = mon AND platform_code = s.platform_code;
    GET DIAGNOSTICS m = ROW_COUNT;
    n := n + m;
    UPDATE livestream_village_day SET sessions = sessions - 1 WHERE village_code = ANY (villages) AND day = d;
    GET DIAGNOSTICS m = ROW_COUNT;
    n := n + m;
    UPDATE livestream_product_daily SET sessions = sessions - 1, gmv = gmv - s.gmv
     WHERE region_code = s.region_code AND day = d AND product_code = ANY (products);
    GET DIAGNOSTICS m = ROW_COUNT;
    n := n + m;
    -- One group per distinct product still: all of a session's products share its one township.
    UPDATE livestream_product_monthly SET sessions = sessions - 1, gmv = gmv - s.gmv
     WHERE region_code = township AND month = mon AND product_code = ANY (products);
    GET DIAGNOSTICS m = ROW_COUNT;
    n := n + m;
    IF n <> 3 + cardinality(villages) + 2 * cardinality(products) THEN
        RAISE EXCEPTION 'livestream pre-aggregates out of step with session % (% of % groups found)',
            s.id, n, 3 + cardinality(villages) + 2 * cardinality(products);
    END IF;
    -- Empty groups go, so that the aggregates hold exactly the groups that have sessions.
    DELETE FROM livestream_daily WHERE region_code = s.region_code AND day = d
       AND streamer_id = s.streamer_id AND platform_code = s.platform_code AND sessions = 0;
    DELETE FROM livestream_monthly WHERE region_code = s.region_code AND month = mon
       AND streamer_id = s.streamer_id AND platform_code = s.platform_code AND sessions = 0;
    DELETE FROM livestream_township_monthly WHERE region_code = township AND month = mon
       AND platform_code = s.platform_code AND sessions = 0;
    DELETE FROM livestream_village_day WHERE village_code = ANY (villages) AND day = d AND sessions = 0;
    DELETE FROM livestream_product_daily WHERE region_code = s.region_code AND day = d
       AND product_code = ANY (products) AND sessions = 0;
    DELETE FROM livestream_product_monthly WHERE region_code = township AND month = mon
       AND product_code = ANY (products) AND sessions = 0;
END
$$;

-- Filled from livestream_monthly (which the trigger has kept exact), set-based in one pass: its
-- village x streamer groups fold into a few rows per township, month and platform. The larger
-- work_mem (this transaction only) keeps the hash aggregate in memory; the rows go in key order so
-- that the primary key is built by appending.
SET LOCAL work_mem = '256MB';

INSERT INTO livestream_township_monthly (region_code, month, platform_code, sessions, seconds, viewers, orders, gmv)
SELECT rpad(left(region_code, 9), 12, '0'), month, platform_code, sum(sessions), sum(seconds), sum(viewers),
       sum(orders), sum(gmv)
  FROM livestream_monthly
 GROUP BY 1, 2, 3
 ORDER BY 1, 2, 3;

-- For the planner now; the visibility map that makes the summaries' reads index-only follows with
-- autovacuum's insert-triggered pass (VACUUM cannot run inside the migration's transaction).
ANALYZE livestream_township_monthly;
