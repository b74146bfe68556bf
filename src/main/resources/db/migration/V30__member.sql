-- The member registry (统战成员档案). Designed for a province: up to ~1M rows, searched by name,
-- pinyin, initials, ID number, phone and platform handle, always within a region scope.
--
-- Sensitive values (ID number, phone) are stored encrypted (AES-GCM, *_cipher) with a keyed hash
-- (HMAC-SHA256, *_hmac) beside them for exact look-up and uniqueness; *_masked is what lists show.

CREATE TABLE member (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                        varchar(64)  NOT NULL,
    name_pinyin                 varchar(256) NOT NULL,
    name_initials               varchar(64)  NOT NULL,
    gender                      varchar(6),
    ethnicity_code              varchar(40),
    birth_date                  date,
    id_number_cipher            text,
    id_number_hmac              char(64),
    id_number_masked            varchar(24),
    phone_cipher                text,
    phone_hmac                  char(64),
    phone_last4                 char(4),
    phone_masked                varchar(24),
    native_place                varchar(100),
    education_code              varchar(40),
    political_affiliation_code  varchar(40),
    employer                    varchar(200),
    position                    varchar(100),
    address                     varchar(300),
    category_codes              varchar(40)[] NOT NULL DEFAULT '{}',
    region_code                 varchar(12)  NOT NULL REFERENCES region (code),
    tier                        varchar(10)  NOT NULL CHECK (tier IN ('CITY', 'COUNTY', 'TOWNSHIP')),
    importance                  varchar(10)  NOT NULL CHECK (importance IN ('KEY', 'GENERAL')),
    status                      varchar(12)  NOT NULL DEFAULT 'ACTIVE'
                                CHECK (status IN ('ACTIVE', 'EXITED', 'TRANSFERRED', 'DECEASED')),
    status_changed_on           date,
    status_reason               varchar(500),
    tags                        varchar(40)[] NOT NULL DEFAULT '{}',
    notes                       varchar(2000),
    last_verified_on            date         NOT NULL DEFAULT current_date,
    -- Largest follower count over the member's accounts, kept in step by the application so that
    -- the influence-grade filter is an index range, not an aggregate over accounts.
    max_followers               bigint       NOT NULL DEFAULT 0,
    created_at                  timestamptz  NOT NULL DEFAULT now(),
    created_by                  varchar(64)  NOT NULL,
    updated_at                  timestamptz  NOT NULL DEFAULT now(),
    updated_by                  varchar(64)  NOT NULL,
    version                     int          NOT NULL DEFAULT 0
);

-- One person, one record, across the whole deployment.
CREATE UNIQUE INDEX member_id_number_key ON member (id_number_hmac) WHERE id_number_hmac IS NOT NULL;
CREATE INDEX member_phone_hmac_idx ON member (phone_hmac) WHERE phone_hmac IS NOT NULL;
-- Scope first: every list is "this region's subtree", then sorted by name.
CREATE INDEX member_region_idx ON member (region_code, name_pinyin);
CREATE INDEX member_phone_last4_idx ON member (phone_last4, region_code);
CREATE INDEX member_pinyin_idx ON member (name_pinyin text_pattern_ops);
CREATE INDEX member_initials_idx ON member (name_initials text_pattern_ops);
CREATE INDEX member_name_trgm_idx ON member USING gin (name gin_trgm_ops);
CREATE INDEX member_name_prefix_idx ON member (name text_pattern_ops);
CREATE INDEX member_categories_idx ON member USING gin (category_codes);
CREATE INDEX member_tags_idx ON member USING gin (tags);
CREATE INDEX member_followers_idx ON member (max_followers);
CREATE INDEX member_verified_idx ON member (last_verified_on);

CREATE TABLE member_position (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id   bigint       NOT NULL REFERENCES member ON DELETE CASCADE,
    type_code   varchar(40)  NOT NULL,
    level_code  varchar(40)  NOT NULL,
    body        varchar(200) NOT NULL,
    term_start  date,
    term_end    date,
    CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)
);
CREATE INDEX member_position_member_idx ON member_position (member_id);
CREATE INDEX member_position_type_idx ON member_position (type_code, member_id);

CREATE TABLE member_account (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id           bigint       NOT NULL REFERENCES member ON DELETE CASCADE,
    platform_code       varchar(40)  NOT NULL,
    handle              varchar(100) NOT NULL,
    display_name        varchar(100),
    url                 varchar(500),
    followers           bigint       NOT NULL DEFAULT 0 CHECK (followers >= 0),
    content_domain_code varchar(40),
    verified            boolean      NOT NULL DEFAULT false,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now()
);
-- A platform account belongs to one person.
CREATE UNIQUE INDEX member_account_handle_key ON member_account (platform_code, lower(handle));
CREATE INDEX member_account_member_idx ON member_account (member_id);
CREATE INDEX member_account_handle_trgm_idx ON member_account USING gin (lower(handle) gin_trgm_ops);
CREATE INDEX member_account_display_trgm_idx ON member_account USING gin (display_name gin_trgm_ops);

-- Follower history; append-only and large over the years (a candidate for time partitioning).
CREATE TABLE follower_snapshot (
    account_id  bigint NOT NULL REFERENCES member_account ON DELETE CASCADE,
    taken_on    date   NOT NULL,
    followers   bigint NOT NULL CHECK (followers >= 0),
    PRIMARY KEY (account_id, taken_on)
);

-- Field-by-field change history. Sensitive values appear only masked.
CREATE TABLE member_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id   bigint       NOT NULL REFERENCES member ON DELETE CASCADE,
    changed_at  timestamptz  NOT NULL DEFAULT now(),
    actor       varchar(64)  NOT NULL,
    source      varchar(20)  NOT NULL CHECK (source IN ('MANUAL', 'IMPORT', 'SELF_SERVICE', 'MERGE', 'SYSTEM')),
    field       varchar(40)  NOT NULL,
    old_value   text,
    new_value   text
);
CREATE INDEX member_change_member_idx ON member_change (member_id, changed_at DESC);
