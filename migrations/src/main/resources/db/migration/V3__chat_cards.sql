-- mltrainer schema, version 3: where each build's status card was posted on a chat platform (Slack's message ts,
-- Discord's message id), so the card is edited in place, also after a restart.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE chat_cards (
    job_id      VARCHAR(64)              NOT NULL,
    platform    VARCHAR(32)              NOT NULL,
    message_ref VARCHAR(200)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chat_cards_pk PRIMARY KEY (job_id, platform),
    CONSTRAINT chat_cards_job_fk FOREIGN KEY (job_id) REFERENCES jobs (id) ON DELETE CASCADE
);
