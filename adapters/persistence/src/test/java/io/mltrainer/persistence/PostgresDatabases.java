package io.mltrainer.persistence;

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
        Database database = Database.postgres(
                System.getenv(URL),
                System.getenv("MLTRAINER_TEST_DATABASE_USER"),
                System.getenv("MLTRAINER_TEST_DATABASE_PASSWORD"));
        database.dsl().deleteFrom(JOB_EVENTS).execute();
        database.dsl().deleteFrom(JOBS).execute();
        return database;
    }
}
