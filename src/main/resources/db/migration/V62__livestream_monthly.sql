-- Monthly pre-aggregates of the 村村播 sessions. livestream_daily holds almost one row per session
-- (village x day x streamer x platform), so a city's or a province's year read most of it; the
-- figures now read these tables for the whole months of a range and the daily tables only for the
-- partial months at its edges. Kept exact by the same trigger, in the same transaction, with the
-- same rules as the daily tables: the Asia/Shanghai month of the start, figures under the first
-- village, each distinct product once per session, and only groups that have sessions.

-- No session may be written while the tables are filled and the trigger replaced: a session
-- committed in between would reach the daily tables but not the monthly ones. Reads go on.
LOCK TABLE livestream_session IN SHARE MODE;

CREATE TABLE livestream_monthly (
    region_code    varchar(12)   NOT NULL,
    -- The first day of the month.
    month          date          NOT NULL CHECK (extract(day FROM month) = 1),
    streamer_id    bigint        NOT NULL,
    platform_code  varchar(40)   NOT NULL,
    sessions       bigint        NOT NULL CHECK (sessions >= 0),
    seconds        bigint        NOT NULL CHECK (seconds >= 0),
    viewers        bigint        NOT NULL CHECK (viewers >= 0),
    orders         bigint        NOT NULL CHECK (orders >= 0),
    gmv            numeric(20,2) NOT NULL CHECK (gmv >= 0),
    -- The sums ride along in the key's index: every figure (a region's subtree over a range of
    -- months, grouped by child region, month, platform, streamer or village) is an index-only
    -- scan of one contiguous code range, with no heap visits once vacuum has marked the pages.
    PRIMARY KEY (region_code, month, streamer_id, platform_code) INCLUDE (sessions, seconds, viewers, orders, gmv)
);
-- A streamer's own totals (all time, in the caller's scope).
CREATE INDEX livestream_monthly_streamer_idx ON livestream_monthly (streamer_id, month);

CREATE TABLE livestream_product_monthly (
    region_code   varchar(12)   NOT NULL,
    month         date          NOT NULL CHECK (extract(day FROM month) = 1),
    product_code  varchar(40)   NOT NULL,
    sessions      bigint        NOT NULL CHECK (sessions >= 0),
    gmv           numeric(20,2) NOT NULL CHECK (gmv >= 0),
    PRIMARY KEY (region_code, month, product_code) INCLUDE (sessions, gmv)
);

-- The daily tables are now read only for the partial months at the edges of a range (at most
-- two runs of < 31 days; the overview's default, 1 January to today, has one). Their keys start
-- with the region, so a city's or a province's few days would walk the region's entries of every
-- day ever; these walk the days of the edge only. No sums included: the trigger's updates of the
-- daily rows stay HOT.
CREATE INDEX livestream_daily_day_idx ON livestream_daily (day, region_code);
CREATE INDEX livestream_product_daily_day_idx ON livestream_product_daily (day, region_code);

-- V50's function with the two monthly tables added: every statement on a daily table has its
-- monthly twin, and the drift check counts the groups of all five tables.
CREATE OR REPLACE FUNCTION livestream_session_apply(s record, sign int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    d        date := (s.started_at AT TIME ZONE 'Asia/Shanghai')::date;
    mon      date := date_trunc('month', d::timestamp)::date;
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
        SELECT s.region_code, mon, p, 1, s.gmv FROM unnest(products) p
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
    UPDATE livestream_product_monthly SET sessions = sessions - 1, gmv = gmv - s.gmv
     WHERE region_code = s.region_code AND month = mon AND product_code = ANY (products);
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
    DELETE FROM livestream_product_monthly WHERE region_code = s.region_code AND month = mon
       AND product_code = ANY (products) AND sessions = 0;
END
$$;

-- The existing figures, month by month, from the daily tables (which the trigger has kept exact):
-- one set-based pass each, ~10M daily rows at the 10M-session benchmark. A larger work_mem keeps
-- the hash aggregate of ~0.6M monthly groups in memory; it lasts only for this transaction.
SET LOCAL work_mem = '256MB';

INSERT INTO livestream_monthly (region_code, month, streamer_id, platform_code, sessions, seconds, viewers, orders,
                                gmv)
SELECT region_code, date_trunc('month', day::timestamp)::date, streamer_id, platform_code, sum(sessions), sum(seconds),
       sum(viewers), sum(orders), sum(gmv)
  FROM livestream_daily
 GROUP BY 1, 2, 3, 4;

INSERT INTO livestream_product_monthly (region_code, month, product_code, sessions, gmv)
SELECT region_code, date_trunc('month', day::timestamp)::date, product_code, sum(sessions), sum(gmv)
  FROM livestream_product_daily
 GROUP BY 1, 2, 3;

ANALYZE livestream_monthly, livestream_product_monthly;
