-- livestream_product_monthly re-keyed by TOWNSHIP instead of village. At village grain it held
-- almost a row per village, month and product (8.3M rows at the 10M-session benchmark, nearly as
-- many as livestream_product_daily), so a city's year of top products still read millions of
-- entries. A township's 12-digit code (its 9 significant digits padded with zeros) groups its
-- villages; every region from a township up is still one contiguous code range of the table, and
-- a single village reads livestream_product_daily (still village grain), whose rows for one
-- village are few. Kept exact by the trigger as before: same rules, only the key changes.

-- No session may be written while the table is refilled and the trigger replaced: a session
-- committed in between would be missing from (or counted twice in) the new table. Reads go on.
LOCK TABLE livestream_session IN SHARE MODE;

-- V62's function; only the livestream_product_monthly statements (add, remove, the drift check's
-- count of their groups, delete-empty) change, to the township code of the session's first village.
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
    IF n <> 2 + cardinality(villages) + 2 * cardinality(products) THEN
        RAISE EXCEPTION 'livestream pre-aggregates out of step with session % (% of % groups found)',
            s.id, n, 2 + cardinality(villages) + 2 * cardinality(products);
    END IF;
    -- Empty groups go, so that the aggregates hold exactly the groups that have sessions.
    DELETE FROM livestream_daily WHERE region_code = s.region_code AND day = d
       AND streamer_id = s.streamer_id AND platform_code = s.platform_code AND sessions = 0;
    DELETE FROM livestream_monthly WHERE region_code = s.region_code AND month = mon
       AND streamer_id = s.streamer_id AND platform_code = s.platform_code AND sessions = 0;
    DELETE FROM livestream_village_day WHERE village_code = ANY (villages) AND day = d AND sessions = 0;
    DELETE FROM livestream_product_daily WHERE region_code = s.region_code AND day = d
       AND product_code = ANY (products) AND sessions = 0;
    DELETE FROM livestream_product_monthly WHERE region_code = township AND month = mon
       AND product_code = ANY (products) AND sessions = 0;
END
$$;

-- Refilled from the daily table (which the trigger has kept exact), set-based in one pass: ~10M
-- daily rows at the 10M-session benchmark fold into ~0.6M township groups, which the larger
-- work_mem (this transaction only) keeps in one in-memory hash aggregate. The rows go in key order
-- so that the primary key is built by appending instead of by random inserts.
SET LOCAL work_mem = '256MB';

TRUNCATE livestream_product_monthly;

INSERT INTO livestream_product_monthly (region_code, month, product_code, sessions, gmv)
SELECT rpad(left(region_code, 9), 12, '0'), date_trunc('month', day::timestamp)::date, product_code, sum(sessions),
       sum(gmv)
  FROM livestream_product_daily
 GROUP BY 1, 2, 3
 ORDER BY 1, 2, 3;

-- For the planner now; the visibility map that makes the summaries' reads index-only follows with
-- autovacuum's insert-triggered pass (VACUUM cannot run inside the migration's transaction).
ANALYZE livestream_product_monthly;
