-- Self-service information collection (信息采集): campaigns with a public link, personal update
-- links for one member, and the submissions that wait for review. Submissions never change the
-- registry by themselves; a reviewer applies them through the member registry.
--
-- Sensitive values (ID number, phone) are stored encrypted (*_cipher, AES-GCM as in member);
-- the rest of a submission is a jsonb document of the member fields that were asked.

CREATE TABLE collection_campaign (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title            varchar(100) NOT NULL,
    region_code      varchar(12)  NOT NULL REFERENCES region (code),
    category_codes   varchar(40)[] NOT NULL DEFAULT '{}',
    asked_fields     varchar(40)[] NOT NULL,
    required_fields  varchar(40)[] NOT NULL,
    deadline         date         NOT NULL,
    open             boolean      NOT NULL DEFAULT true,
    -- Random, URL-safe, 256 bits: the public address /c/{token}.
    token            varchar(64)  NOT NULL UNIQUE,
    created_by       varchar(64)  NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX collection_campaign_region_idx ON collection_campaign (region_code, created_at DESC);

CREATE TABLE collection_link (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token            varchar(64)  NOT NULL UNIQUE,
    member_id        bigint       NOT NULL REFERENCES member ON DELETE CASCADE,
    region_code      varchar(12)  NOT NULL REFERENCES region (code),
    -- The record as it was when the link was made, sensitive values masked only: what the person
    -- sees and corrects, without the public page ever reading the registry.
    snapshot         jsonb        NOT NULL,
    expires_at       timestamptz  NOT NULL,
    used_at          timestamptz,
    created_by       varchar(64)  NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX collection_link_member_idx ON collection_link (member_id);

CREATE TABLE collection_submission (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id      bigint       REFERENCES collection_campaign ON DELETE CASCADE,
    link_id          bigint       REFERENCES collection_link ON DELETE CASCADE,
    member_id        bigint       REFERENCES member ON DELETE SET NULL,
    -- The campaign's or the member's region: the review queue is scoped by it.
    region_code      varchar(12)  NOT NULL REFERENCES region (code),
    name             varchar(64)  NOT NULL,
    data             jsonb        NOT NULL,
    id_number_cipher text,
    phone_cipher     text,
    -- HMAC of the client address (never the address itself) and the browser's user agent.
    client_hash      char(64)     NOT NULL,
    user_agent       varchar(300),
    submitted_at     timestamptz  NOT NULL DEFAULT now(),
    status           varchar(10)  NOT NULL DEFAULT 'PENDING'
                     CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decisions        jsonb,
    review_reason    varchar(500),
    reviewed_by      varchar(64),
    reviewed_at      timestamptz,
    CHECK ((campaign_id IS NULL) <> (link_id IS NULL))
);
CREATE INDEX collection_submission_queue_idx ON collection_submission (region_code, status, submitted_at DESC);
CREATE INDEX collection_submission_campaign_idx ON collection_submission (campaign_id, status);
