-- Optional ID photo of a member; kept out of the member row so that lists never read it.
CREATE TABLE member_photo (
    member_id    bigint PRIMARY KEY REFERENCES member ON DELETE CASCADE,
    content_type varchar(20)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    bytes        bytea        NOT NULL,
    sha256       char(64)     NOT NULL,
    uploaded_at  timestamptz  NOT NULL DEFAULT now(),
    uploaded_by  varchar(64)  NOT NULL
);
