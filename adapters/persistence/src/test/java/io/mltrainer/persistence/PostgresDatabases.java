package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.CHAT_CARDS;
import static io.mltrainer.db.jooq.Tables.DELIVERIES;
import static io.mltrainer.db.jooq.Tables.INTAKES;
import static io.mltrainer.db.jooq.Tables.JOBS;
import static io.mltrainer.db.jooq.Tables.JOB_EVENTS;

/**
 * A PostgreSQL database for the {@code Postgres*Test}s, which run only when {@value #URL} is set (for example
 * {@code jdbc:postgresql://localhost:5432/mltrainer_test}); each test starts from empty tables.
 */
final class PostgresDatabases {
    static final String URL = "MLTRAINER_TEST_DATABASE_URL";

    private PostgresDatabases() {}

    static Database emptied() {
        Database database = connected();
        database.dsl().deleteFrom(CHAT_CARDS).execute();
        database.dsl().deleteFrom(DELIVERIES).execute();
        database.dsl().deleteFrom(INTAKES).execute();
        database.dsl().deleteFrom(JOB_EVENTS).execute();
        database.dsl().deleteFrom(JOBS).execute();
        return database;
    }

    /** The same database without emptying it (a restart). */
    static Database connected() {
        return Database.postgres(
                System.getenv(URL),
                System.getenv("MLTRAINER_TEST_DATABASE_USER"),
                System.getenv("MLTRAINER_TEST_DATABASE_PASSWORD"));
    }
}
