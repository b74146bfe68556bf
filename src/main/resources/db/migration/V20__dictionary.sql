-- Data dictionaries (数据字典): the value lists forms offer (member categories, ethnicities,
-- political affiliations...). They are data that the system admin maintains, not enums in code.
--
-- Codes are stable identifiers that other tables store: ASCII, upper-case with underscores, or
-- the numeric codes a national standard gives (GB/T 3304 ethnicities, GB/T 4762 political
-- affiliations, GB/T 4658 education). A code never changes and an item is never deleted; an item
-- that is no longer offered is disabled, so old records still show its name.

CREATE TABLE dictionary_type (
    code         varchar(40) PRIMARY KEY,
    name         text        NOT NULL,
    description  text,
    -- Items may name a parent item of the same type (e.g. the sub-groups of 新的社会阶层人士).
    hierarchical boolean     NOT NULL DEFAULT false,
    sort_order   int         NOT NULL DEFAULT 100,
    CONSTRAINT dictionary_type_code_ck CHECK (code ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$'),
    CONSTRAINT dictionary_type_name_ck CHECK (btrim(name) <> '')
);

CREATE TABLE dictionary_item (
    type_code   varchar(40) NOT NULL REFERENCES dictionary_type,
    code        varchar(40) NOT NULL,
    name        text        NOT NULL,
    parent_code varchar(40),
    sort_order  int         NOT NULL DEFAULT 0,
    enabled     boolean     NOT NULL DEFAULT true,
    -- Seeded by a migration: may be renamed or disabled, never deleted.
    built_in    boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     int         NOT NULL DEFAULT 0,
    PRIMARY KEY (type_code, code),
    -- The parent is an item of the same type (MATCH SIMPLE: no parent, no check).
    CONSTRAINT dictionary_item_parent_fk FOREIGN KEY (type_code, parent_code)
        REFERENCES dictionary_item (type_code, code),
    CONSTRAINT dictionary_item_code_ck CHECK (code ~ '^[A-Z0-9]+(_[A-Z0-9]+)*$'),
    CONSTRAINT dictionary_item_name_ck CHECK (btrim(name) <> '' AND length(name) <= 100),
    CONSTRAINT dictionary_item_parent_ck CHECK (parent_code IS NULL OR parent_code <> code)
);

-- A name means one item within its type, so an Excel import can map a Chinese name to its code.
CREATE UNIQUE INDEX dictionary_item_name_key ON dictionary_item (type_code, name);
CREATE INDEX dictionary_item_parent_idx ON dictionary_item (type_code, parent_code)
    WHERE parent_code IS NOT NULL;

-- Codes are stable and built-in items stay: enforced here too, not only in the application.
CREATE FUNCTION dictionary_item_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.built_in THEN
            RAISE EXCEPTION 'built-in dictionary item %:% cannot be deleted; disable it instead',
                OLD.type_code, OLD.code;
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.type_code <> OLD.type_code OR NEW.code <> OLD.code OR NEW.built_in <> OLD.built_in THEN
        RAISE EXCEPTION 'dictionary item %:% cannot change its type, code or built-in flag',
            OLD.type_code, OLD.code;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER dictionary_item_guard BEFORE UPDATE OR DELETE ON dictionary_item
    FOR EACH ROW EXECUTE FUNCTION dictionary_item_guard();
