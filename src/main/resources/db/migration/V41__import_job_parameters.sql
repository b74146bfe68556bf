-- What the uploader chose with the file (e.g. which platform a live-session export comes from), so
-- that validation and commit read the file the same way.
ALTER TABLE import_job ADD COLUMN parameters jsonb NOT NULL DEFAULT '{}'::jsonb;
