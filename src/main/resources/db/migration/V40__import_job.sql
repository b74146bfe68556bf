-- Spreadsheet imports: one job per uploaded file, from validation to commit. The file itself is
-- kept encrypted (it holds ID numbers and phones) until the job is a week old, so the commit and
-- the file of rejected rows can read it again.
CREATE TABLE import_job (
    id               uuid PRIMARY KEY,
    kind             text        NOT NULL,
    created_by       text        NOT NULL,
    region_code      char(12)    NOT NULL,
    file_name        text        NOT NULL,
    file_size        bigint      NOT NULL,
    file_sha256      char(64)    NOT NULL,
    file_format      text        NOT NULL,
    content          bytea,
    status           text        NOT NULL,
    failure          text,
    total            integer     NOT NULL DEFAULT 0,
    valid            integer     NOT NULL DEFAULT 0,
    invalid          integer     NOT NULL DEFAULT 0,
    to_create        integer     NOT NULL DEFAULT 0,
    to_update        integer     NOT NULL DEFAULT 0,
    unchanged        integer     NOT NULL DEFAULT 0,
    created          integer     NOT NULL DEFAULT 0,
    updated          integer     NOT NULL DEFAULT 0,
    mode             text,
    update_existing  boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    CONSTRAINT import_job_status CHECK (status IN ('VALIDATING', 'VALIDATED', 'COMMITTING', 'COMMITTED', 'FAILED'))
);

CREATE INDEX import_job_owner ON import_job (created_by, created_at DESC);

-- The validation report: one line per problem, in the words shown to the user (no clear values).
CREATE TABLE import_error (
    job_id      uuid    NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number  integer NOT NULL,
    column_name text,
    message     text    NOT NULL
);

CREATE INDEX import_error_job_row ON import_error (job_id, row_number);
