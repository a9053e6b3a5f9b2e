package io.mltrainer.persistence;

import static io.mltrainer.core.testing.Jobs.aJob;

import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.testing.JobEventLogContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = PostgresDatabases.URL, matches = "jdbc:postgresql:.+")
class PostgresJobEventLogTest extends JobEventLogContract {
    private Database database;

    @Override
    protected JobEventLog newEventLog() {
        database = PostgresDatabases.emptied();
        return database.events();
    }

    @Override
    protected JobId storedJob(String id) {
        JobId jobId = new JobId(id);
        if (database.jobs().find(jobId).isEmpty()) {
            database.jobs().create(aJob().withId(id).build());
        }
        return jobId;
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
