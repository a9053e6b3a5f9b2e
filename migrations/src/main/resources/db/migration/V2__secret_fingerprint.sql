-- mltrainer schema, version 2: find a stored secret again without decrypting every row.
-- fingerprint = hex HMAC-SHA256 of owner, kind and value, keyed by a key derived from the master key (never a plain
-- hash: 32-hex Kaggle keys and short answers would fall to a dictionary). It is unique, so the same value pasted
-- twice by the same owner is one row, even when two writers race. Rows from version 1 keep a NULL fingerprint;
-- both H2 and PostgreSQL let a unique index hold any number of NULLs.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

ALTER TABLE secrets ADD COLUMN fingerprint VARCHAR(64);

CREATE UNIQUE INDEX secrets_fingerprint_uk ON secrets (fingerprint);
