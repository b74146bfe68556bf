-- Extensions every module may rely on.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
