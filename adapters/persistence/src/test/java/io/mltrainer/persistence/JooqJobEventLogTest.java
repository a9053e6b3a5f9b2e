package io.mltrainer.persistence;

import static io.mltrainer.core.testing.Jobs.aJob;

import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.testing.JobEventLogContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class JooqJobEventLogTest extends JobEventLogContract {
    @TempDir
    Path home;

    private Database database;

    @Override
    protected JobEventLog newEventLog() {
        database = Database.embedded(home);
        return database.events();
    }

    /** Events reference their build (a foreign key), so the build is stored first. */
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
