-- mltrainer schema, version 4: replicas look for builds whose lease ran out (and queued builds nobody started)
-- every few seconds; this index keeps that look cheap however many finished builds the table holds.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE INDEX jobs_lease_idx ON jobs (status, lease_expires_at);
