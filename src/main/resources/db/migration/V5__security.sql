-- Users, roles and permission codes. Roles and their permissions are data, so a department can
-- tune them without a release; the built-in ones are seeded in V6.

CREATE TABLE permission (
    code        varchar(64) PRIMARY KEY,
    description text NOT NULL
);

CREATE TABLE app_role (
    code       varchar(32) PRIMARY KEY,
    name       text        NOT NULL,
    built_in   boolean     NOT NULL DEFAULT false,
    sort_order int         NOT NULL DEFAULT 100
);

CREATE TABLE role_permission (
    role_code       varchar(32) NOT NULL REFERENCES app_role ON DELETE CASCADE,
    permission_code varchar(64) NOT NULL REFERENCES permission,
    PRIMARY KEY (role_code, permission_code)
);

CREATE TABLE app_user (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username             varchar(64)  NOT NULL,
    display_name         varchar(64)  NOT NULL,
    -- The user sees this region and everything below it (see RegionScope).
    region_code          varchar(12)  NOT NULL,
    password_hash        varchar(200) NOT NULL,
    must_change_password boolean      NOT NULL DEFAULT true,
    enabled              boolean      NOT NULL DEFAULT true,
    failed_attempts      int          NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    password_changed_at  timestamptz,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    version              int          NOT NULL DEFAULT 0
);
-- Usernames are unique regardless of case: "Admin" and "admin" are the same person.
CREATE UNIQUE INDEX app_user_username_key ON app_user (lower(username));
CREATE INDEX app_user_region_idx ON app_user (region_code);

CREATE TABLE user_role (
    user_id   bigint      NOT NULL REFERENCES app_user ON DELETE CASCADE,
    role_code varchar(32) NOT NULL REFERENCES app_role,
    PRIMARY KEY (user_id, role_code)
);
