-- The last day each village was represented in a session: max(day) per village over
-- livestream_village_day. The summary's "active villages" (a session in the 30 days up to asOf)
-- probed livestream_village_day once per village of the area (~1,400 for the city, 11.5 ms of the
-- summary's 19 ms of SQL at the 10M-session benchmark). With the last day at hand, a village whose
-- last day lies in the window is active without a probe, one whose last day is before the window
-- is not, and only the villages whose last day is after asOf (none when asOf is today or after
-- the newest data) still need a probe for a day inside the window.
--
-- Kept exact by a trigger on livestream_village_day (not on the sessions): the session trigger
-- inserts a village's day when its first session comes and deletes it when its last one goes;
-- it only ever UPDATEs the sessions count, never the village or the day.

-- No session may be written while the table is filled and the trigger created: a village day
-- committed in between would be missing from the new table. Reads go on.
LOCK TABLE livestream_session IN SHARE MODE;
LOCK TABLE livestream_village_day IN SHARE MODE;

CREATE TABLE livestream_village_last_day (
    village_code  varchar(12) PRIMARY KEY,
    last_day      date        NOT NULL
);
-- The summary reads the villages whose last day is on or after the window's first day: a range
-- of this index, the code range checked inside it (index-only).
CREATE INDEX livestream_village_last_day_day_idx ON livestream_village_last_day (last_day, village_code);

-- A new day moves the last day forward; losing the last day moves it back to the village's latest
-- remaining day (one backward step of livestream_village_day's primary key) or removes the village.
-- An UPDATE that changed the village or the day (none does) is a removal and an insertion.
-- Concurrency: the row is locked before the remaining days are read, in a statement of its own, so
-- that the read sees every day committed by whoever held the lock; a day inserted concurrently
-- and not yet visible is applied after this by its own insertion, with greatest().
CREATE FUNCTION livestream_village_last_day_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    latest date;
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM 1 FROM livestream_village_last_day
         WHERE village_code = OLD.village_code AND last_day = OLD.day FOR UPDATE;
        IF FOUND THEN
            SELECT max(day) INTO latest FROM livestream_village_day WHERE village_code = OLD.village_code;
            IF latest IS NULL THEN
                DELETE FROM livestream_village_last_day WHERE village_code = OLD.village_code;
            ELSE
                UPDATE livestream_village_last_day SET last_day = latest WHERE village_code = OLD.village_code;
            END IF;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO livestream_village_last_day AS t (village_code, last_day) VALUES (NEW.village_code, NEW.day)
        ON CONFLICT (village_code) DO UPDATE SET last_day = excluded.last_day WHERE t.last_day < excluded.last_day;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER livestream_village_last_day_keep AFTER INSERT OR DELETE OR UPDATE OF village_code, day
    ON livestream_village_day FOR EACH ROW EXECUTE FUNCTION livestream_village_last_day_keep();

-- Filled set-based: one group per village of livestream_village_day's (village_code, day) key, in
-- key order so that the primary key is built by appending. At the benchmark's ~8M village days
-- this is one pass over the table (seconds); the result is one row per village (~1,400 in the city).
INSERT INTO livestream_village_last_day (village_code, last_day)
SELECT village_code, max(day) FROM livestream_village_day GROUP BY 1 ORDER BY 1;

ANALYZE livestream_village_last_day;
