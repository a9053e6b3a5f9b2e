-- mltrainer schema, version 5: named leader leases, so that only one replica runs what must run once (the Discord
-- gateway). The holder renews its lease by heartbeat; another replica takes it once expires_at has passed.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE leader_leases (
    name       VARCHAR(64)              NOT NULL,
    holder     VARCHAR(200)             NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT leader_leases_pk PRIMARY KEY (name)
);
