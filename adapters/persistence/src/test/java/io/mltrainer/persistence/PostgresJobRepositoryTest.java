package io.mltrainer.persistence;

import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.testing.JobRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = PostgresDatabases.URL, matches = "jdbc:postgresql:.+")
class PostgresJobRepositoryTest extends JobRepositoryContract {
    private Database database;

    @Override
    protected JobRepository newRepository() {
        database = PostgresDatabases.emptied();
        return database.jobs();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
