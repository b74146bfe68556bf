-- 村村播, the village live-streaming programme: enrolled villages, streamers (members with an
-- online account) assigned to villages over time, weekly schedules, and the live sessions with
-- their sales. Every row is scoped by a village's 12-digit region code.
--
-- Members are referenced by id only (no foreign key into the member module's tables): the
-- programme keeps its own small streamer row with the name and region it needs for lists.

CREATE TABLE livestream_village (
    village_code   varchar(12)  PRIMARY KEY REFERENCES region (code),
    enrolled_on    date         NOT NULL,
    -- 示范点: a demonstration site the county shows visitors.
    demonstration  boolean      NOT NULL DEFAULT false,
    contact_name   varchar(64),
    contact_phone  varchar(20),
    notes          varchar(500),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    created_by     varchar(64)  NOT NULL,
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    updated_by     varchar(64)  NOT NULL,
    version        int          NOT NULL DEFAULT 0,
    CHECK (village_code !~ '000$')
);

CREATE TABLE livestream_streamer (
    member_id    bigint       PRIMARY KEY,
    name         varchar(64)  NOT NULL,
    -- The member's own region (where the member registry keeps them), refreshed on every assignment.
    region_code  varchar(12)  NOT NULL REFERENCES region (code),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now()
);

-- Who serves which village, with history: an assignment is ended, never deleted.
CREATE TABLE livestream_assignment (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    village_code  varchar(12)  NOT NULL REFERENCES livestream_village,
    streamer_id   bigint       NOT NULL REFERENCES livestream_streamer,
    started_on    date         NOT NULL,
    ended_on      date,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    created_by    varchar(64)  NOT NULL,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE UNIQUE INDEX livestream_assignment_open_key ON livestream_assignment (village_code, streamer_id)
    WHERE ended_on IS NULL;
CREATE INDEX livestream_assignment_streamer_idx ON livestream_assignment (streamer_id, started_on);

-- A recurring slot: e.g. every Tuesday and Thursday 20:00-22:00, 知识讲解.
CREATE TABLE livestream_schedule (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    streamer_id   bigint       NOT NULL REFERENCES livestream_streamer,
    village_code  varchar(12)  NOT NULL REFERENCES livestream_village,
    -- ISO weekdays, 1 = Monday ... 7 = Sunday.
    weekdays      smallint[]   NOT NULL CHECK (cardinality(weekdays) > 0 AND weekdays <@ ARRAY[1,2,3,4,5,6,7]::smallint[]),
    starts_at     time         NOT NULL,
    ends_at       time         NOT NULL,
    kind          varchar(12)  NOT NULL CHECK (kind IN ('SALES', 'TEACHING', 'PROMOTION')),
    title         varchar(100),
    valid_from    date         NOT NULL,
    valid_to      date,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    created_by    varchar(64)  NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX livestream_schedule_village_idx ON livestream_schedule (village_code);
CREATE INDEX livestream_schedule_streamer_idx ON livestream_schedule (streamer_id);

-- The sessions: the big table (tens of millions of rows over the years), range-partitioned by
-- month of the start. Figures (GMV, orders, viewers, hours) belong to the session's first village,
-- region_code, so that no yuan is counted twice; village_codes lists every village represented.
CREATE SEQUENCE livestream_session_id_seq AS bigint;

CREATE TABLE livestream_session (
    id                   bigint        NOT NULL DEFAULT nextval('livestream_session_id_seq'),
    region_code          varchar(12)   NOT NULL,
    village_codes        varchar(12)[] NOT NULL,
    streamer_id          bigint        NOT NULL,
    account_id           bigint        NOT NULL,
    platform_code        varchar(40)   NOT NULL,
    started_at           timestamptz   NOT NULL,
    ended_at             timestamptz   NOT NULL,
    peak_viewers         bigint        NOT NULL DEFAULT 0 CHECK (peak_viewers >= 0),
    total_viewers        bigint        NOT NULL DEFAULT 0 CHECK (total_viewers >= 0),
    orders               bigint        NOT NULL DEFAULT 0 CHECK (orders >= 0),
    -- Yuan, exact: never a floating-point type.
    gmv                  numeric(14,2) NOT NULL DEFAULT 0 CHECK (gmv >= 0),
    product_codes        varchar(40)[] NOT NULL DEFAULT '{}',
    platform_session_id  varchar(100),
    notes                varchar(1000),
    source               varchar(10)   NOT NULL CHECK (source IN ('FORM', 'IMPORT', 'SYSTEM')),
    created_at           timestamptz   NOT NULL DEFAULT now(),
    created_by           varchar(64)   NOT NULL,
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    updated_by           varchar(64)   NOT NULL,
    version              int           NOT NULL DEFAULT 0,
    PRIMARY KEY (id, started_at),
    -- The import's second dedupe rule, enforced: one account cannot start two sessions at once.
    UNIQUE (account_id, started_at),
    CHECK (ended_at > started_at AND ended_at <= started_at + interval '24 hours'),
    CHECK (village_codes[1] = region_code),
    CHECK (started_at = date_trunc('second', started_at) AND ended_at = date_trunc('second', ended_at))
) PARTITION BY RANGE (started_at);

CREATE INDEX livestream_session_region_idx ON livestream_session (region_code, started_at);
CREATE INDEX livestream_session_streamer_idx ON livestream_session (streamer_id, started_at);

-- The import's first dedupe rule: a platform's own session id names one session. A unique index
-- on a partitioned table must contain the partition key, so the global key lives here.
CREATE TABLE livestream_session_ref (
    platform_code        varchar(40)  NOT NULL,
    platform_session_id  varchar(100) NOT NULL,
    session_id           bigint       NOT NULL,
    started_at           timestamptz  NOT NULL,
    PRIMARY KEY (platform_code, platform_session_id)
);
CREATE INDEX livestream_session_ref_session_idx ON livestream_session_ref (session_id);

-- Creates the monthly partitions from first_month up to months_ahead months after the current
-- one, if missing (Asia/Shanghai month boundaries). A month whose rows already sit in the default
-- partition is left alone (with a notice): attaching it would fail, and the rows stay counted.
CREATE FUNCTION livestream_ensure_partitions(first_month date, months_ahead int) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    month   date := date_trunc('month', first_month)::date;
    last    date := (date_trunc('month', (now() AT TIME ZONE 'Asia/Shanghai')) + make_interval(months => months_ahead))::date;
    name    text;
    low     timestamptz;
    high    timestamptz;
    created int := 0;
BEGIN
    WHILE month <= last LOOP
        name := 'livestream_session_' || to_char(month, '"y"YYYY"m"MM');
        low := month::timestamp AT TIME ZONE 'Asia/Shanghai';
        high := (month + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai';
        IF to_regclass(name) IS NULL THEN
            IF EXISTS (SELECT 1 FROM livestream_session_default WHERE started_at >= low AND started_at < high) THEN
                RAISE NOTICE 'rows of % are in the default partition; % not created', month, name;
            ELSE
                EXECUTE format('CREATE TABLE %I PARTITION OF livestream_session FOR VALUES FROM (%L) TO (%L)',
                               name, low, high);
                created := created + 1;
            END IF;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
    RETURN created;
END
$$;

CREATE TABLE livestream_session_default PARTITION OF livestream_session DEFAULT;
SELECT livestream_ensure_partitions(DATE '2023-01-01', 24);

-- Pre-aggregates, kept exact by the trigger below in the same transaction as every insert,
-- update and delete of a session: the summary and the charts read these, never the raw sessions.
-- Daily totals per (attributed) village, streamer and platform.
CREATE TABLE livestream_daily (
    region_code    varchar(12)   NOT NULL,
    day            date          NOT NULL,
    streamer_id    bigint        NOT NULL,
    platform_code  varchar(40)   NOT NULL,
    sessions       bigint        NOT NULL CHECK (sessions >= 0),
    seconds        bigint        NOT NULL CHECK (seconds >= 0),
    viewers        bigint        NOT NULL CHECK (viewers >= 0),
    orders         bigint        NOT NULL CHECK (orders >= 0),
    gmv            numeric(20,2) NOT NULL CHECK (gmv >= 0),
    PRIMARY KEY (region_code, day, streamer_id, platform_code)
);
CREATE INDEX livestream_daily_streamer_idx ON livestream_daily (streamer_id, day);

-- Sessions per represented village and day: "active village" (a session in the last 30 days).
CREATE TABLE livestream_village_day (
    village_code  varchar(12) NOT NULL,
    day           date        NOT NULL,
    sessions      bigint      NOT NULL CHECK (sessions >= 0),
    PRIMARY KEY (village_code, day)
);

-- Sessions and GMV per product sold (a session selling three products counts under each).
CREATE TABLE livestream_product_daily (
    region_code   varchar(12)   NOT NULL,
    day           date          NOT NULL,
    product_code  varchar(40)   NOT NULL,
    sessions      bigint        NOT NULL CHECK (sessions >= 0),
    gmv           numeric(20,2) NOT NULL CHECK (gmv >= 0),
    PRIMARY KEY (region_code, day, product_code)
);

-- Adds (sign 1) or removes (sign -1) one session's contribution to the pre-aggregates. Removal
-- updates in place (an INSERT of negative values would trip the CHECKs before ON CONFLICT is
-- considered) and fails loudly if the group is missing: that would mean the totals had drifted.
-- Takes any record: the trigger fires on each partition, whose own row type would not match a
-- parameter of type livestream_session.
CREATE FUNCTION livestream_session_apply(s record, sign int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    d        date := (s.started_at AT TIME ZONE 'Asia/Shanghai')::date;
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
        INSERT INTO livestream_village_day AS t (village_code, day, sessions)
        SELECT v, d, 1 FROM unnest(villages) v
        ON CONFLICT (village_code, day) DO UPDATE SET sessions = t.sessions + 1;
        INSERT INTO livestream_product_daily AS t (region_code, day, product_code, sessions, gmv)
        SELECT s.region_code, d, p, 1, s.gmv FROM unnest(products) p
        ON CONFLICT (region_code, day, product_code) DO UPDATE SET sessions = t.sessions + 1, gmv = t.gmv + s.gmv;
        RETURN;
    END IF;

    UPDATE livestream_daily
       SET sessions = sessions - 1, seconds = seconds - secs, viewers = viewers - s.total_viewers,
           orders = orders - s.orders, gmv = gmv - s.gmv
     WHERE region_code = s.region_code AND day = d AND streamer_id = s.streamer_id AND platform_code = s.platform_code;
    GET DIAGNOSTICS n = ROW_COUNT;
    UPDATE livestream_village_day SET sessions = sessions - 1 WHERE village_code = ANY (villages) AND day = d;
    GET DIAGNOSTICS m = ROW_COUNT;
    n := n + m;
    UPDATE livestream_product_daily SET sessions = sessions - 1, gmv = gmv - s.gmv
     WHERE region_code = s.region_code AND day = d AND product_code = ANY (products);
    GET DIAGNOSTICS m = ROW_COUNT;
    n := n + m;
    IF n <> 1 + cardinality(villages) + cardinality(products) THEN
        RAISE EXCEPTION 'livestream pre-aggregates out of step with session % (% of % groups found)',
            s.id, n, 1 + cardinality(villages) + cardinality(products);
    END IF;
    -- Empty groups go, so that the aggregates hold exactly the groups that have sessions.
    DELETE FROM livestream_daily WHERE region_code = s.region_code AND day = d
       AND streamer_id = s.streamer_id AND platform_code = s.platform_code AND sessions = 0;
    DELETE FROM livestream_village_day WHERE village_code = ANY (villages) AND day = d AND sessions = 0;
    DELETE FROM livestream_product_daily WHERE region_code = s.region_code AND day = d
       AND product_code = ANY (products) AND sessions = 0;
END
$$;

CREATE FUNCTION livestream_session_aggregate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM livestream_session_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM livestream_session_apply(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER livestream_session_aggregate AFTER INSERT OR UPDATE OR DELETE ON livestream_session
    FOR EACH ROW EXECUTE FUNCTION livestream_session_aggregate();
