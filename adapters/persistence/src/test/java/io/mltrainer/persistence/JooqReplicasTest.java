package io.mltrainer.persistence;

import io.mltrainer.core.pipeline.ReplicasContract;
import io.mltrainer.core.port.JobEventLog;
import io.mltrainer.core.port.JobRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The replica rules on the embedded H2 database (SKIP LOCKED included), which one process normally uses. */
class JooqReplicasTest extends ReplicasContract {
    @TempDir
    Path home;

    private Database database;

    @Override
    protected JobRepository newJobs() {
        database = Database.embedded(home);
        return database.jobs();
    }

    @Override
    protected JobEventLog newLog() {
        return database.events();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
