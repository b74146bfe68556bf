-- The column headers of each platform's data export, as a clerk mapped them once for the session
-- import: reused for every later file from that platform.
CREATE TABLE livestream_import_header (
    platform_code varchar(40)  NOT NULL,
    column_key    varchar(40)  NOT NULL,
    header        varchar(100) NOT NULL,
    updated_by    varchar(64)  NOT NULL,
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (platform_code, column_key, header)
);
