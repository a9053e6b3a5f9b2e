package io.mltrainer.persistence;

import io.mltrainer.core.pipeline.ReplicasContract;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.port.out.JobRepository;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Two replicas on one PostgreSQL database, each with its own connection pool as separate processes have. */
@EnabledIfEnvironmentVariable(named = PostgresDatabases.URL, matches = "jdbc:postgresql:.+")
class PostgresReplicasTest extends ReplicasContract {
    private Database database;

    @Override
    protected JobRepository newJobs() {
        database = PostgresDatabases.emptied();
        return database.jobs();
    }

    @Override
    protected JobEventLog newLog() {
        return database.events();
    }

    @Override
    protected void closeStore() {
        database.close();
    }
}
