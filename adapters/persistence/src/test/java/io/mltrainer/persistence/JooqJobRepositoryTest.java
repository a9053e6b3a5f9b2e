package io.mltrainer.persistence;

import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.testing.JobRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class JooqJobRepositoryTest extends JobRepositoryContract {
    @TempDir
    Path home;

    private Database database;

    @Override
    protected JobRepository newRepository() {
        database = Database.embedded(home);
        return database.jobs();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
