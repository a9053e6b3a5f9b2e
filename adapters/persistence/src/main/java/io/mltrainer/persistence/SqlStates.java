package io.mltrainer.persistence;

import org.jooq.exception.DataAccessException;

/** SQLSTATE codes that H2 and PostgreSQL share. */
final class SqlStates {
    /** A unique or primary key already holds the value (not a foreign-key or not-null violation). */
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {}

    static boolean isUniqueViolation(Throwable e) {
        return e instanceof DataAccessException dae && UNIQUE_VIOLATION.equals(dae.sqlState());
    }
}
