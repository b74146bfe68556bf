-- Audit log (等保2.0: security audit). One row per security-relevant event, linked into a
-- SHA-256 hash chain so that any change to a stored row, or the removal of a row in the
-- middle, is detected by the verifier (GET /api/v1/audit-events/verify).
--
-- hash      = SHA-256 (lowercase hex) of the canonical serialization of
--             (prev_hash, occurred_at in UTC at microsecond precision, actor, action,
--              target_type, target_id, region_code, client_ip, outcome, detail);
--             see io.tongxin.audit.AuditHash for the exact byte format.
-- prev_hash = hash of the previous row in id order; the first row has 64 zeros (genesis).
--
-- Writers serialize on pg_advisory_xact_lock (see AuditEventRepository), so ids grow in chain
-- order. Identity values of rolled-back events are lost, so gaps in id are normal and carry no
-- meaning: the chain, not the ids, proves completeness. Removing the newest rows cannot be seen
-- from the chain alone; anchor the head hash elsewhere (e.g. a daily report) to cover that.
--
-- Text columns hold exactly the strings that were hashed: client_ip is varchar, not inet,
-- because inet would rewrite e.g. 0:0:0:0:0:0:0:1 as ::1 and break the hash.
CREATE TABLE audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz  NOT NULL,
    actor       varchar(100) NOT NULL,
    action      varchar(64)  NOT NULL,
    target_type varchar(64),
    target_id   varchar(100),
    region_code varchar(12),
    client_ip   varchar(64),
    outcome     varchar(16)  NOT NULL,
    detail      varchar(500),
    prev_hash   char(64)     NOT NULL,
    hash        char(64)     NOT NULL,
    CONSTRAINT audit_event_outcome_ck CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    CONSTRAINT audit_event_action_ck CHECK (action ~ '^[A-Z][A-Z0-9_]*$'),
    CONSTRAINT audit_event_region_ck CHECK (region_code ~ '^[0-9]{12}$'),
    CONSTRAINT audit_event_prev_hash_ck CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT audit_event_hash_ck CHECK (hash ~ '^[0-9a-f]{64}$'),
    -- No two rows may follow the same predecessor: a fork fails loudly instead of silently,
    -- even if a caller's REPEATABLE READ snapshot predates the advisory lock.
    CONSTRAINT audit_event_prev_hash_uq UNIQUE (prev_hash)
);

COMMENT ON TABLE audit_event IS 'Append-only, hash-chained security audit log (等保2.0)';

-- Look-ups: newest first overall, by operator, by kind of event.
CREATE INDEX audit_event_occurred_at_ix ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_ix ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_action_ix ON audit_event (action, occurred_at);

-- Append-only. In embedded mode the application connects as the database owner, so
-- REVOKE UPDATE, DELETE would not bind it; a trigger does. It stops the application and
-- honest mistakes. A superuser can still bypass it (DISABLE TRIGGER, or
-- session_replication_role = replica, which the tests use inside a rolled-back transaction
-- to simulate tampering); that is what the hash chain is for. With an external database,
-- additionally run the application as a non-owner role and REVOKE UPDATE, DELETE, TRUNCATE.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- Default SQLSTATE P0001; 42501 (insufficient_privilege) would reach Java as "bad SQL grammar".
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- Size plan (docs): a province produces millions of rows a year. When the table grows past
-- what one heap serves comfortably, convert it to a table PARTITIONED BY RANGE (occurred_at)
-- with one partition per month (or year), keeping the chain as it is: it runs through the
-- partitions in id order, and the verifier already streams by id in batches. On a partitioned
-- table the primary key and unique constraints must include occurred_at, so UNIQUE (prev_hash)
-- becomes per partition; the advisory lock remains the guard against forks. Old partitions can
-- then be detached and archived read-only, with the hash of their last row recorded as the
-- anchor that the next partition's first prev_hash must match. Each partition gets the same
-- indexes and append-only triggers.
