package io.mltrainer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Replicas started together on a new PostgreSQL database: each opens (and migrates) it at once; Flyway's advisory
 * lock lets one migrate while the others wait, so every migration is applied exactly once.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabases.URL, matches = "jdbc:postgresql:.+")
class PostgresStartTogetherTest {
    private final String name =
            "mltrainer_start_" + UUID.randomUUID().toString().replace("-", "");
    private final List<Database> replicas = new ArrayList<>();
    private Database admin;

    @BeforeEach
    void createAnEmptyDatabase() {
        admin = PostgresDatabases.connected();
        admin.dsl().execute("create database " + name);
    }

    @AfterEach
    void dropIt() {
        replicas.forEach(Database::close);
        admin.dsl().execute("drop database if exists " + name);
        admin.close();
    }

    @Test
    void replicas_starting_together_apply_each_migration_once() throws Exception {
        String url = System.getenv(PostgresDatabases.URL).replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        int count = 4;
        ExecutorService starts = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Database>> opening = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                opening.add(starts.submit(() -> {
                    go.await();
                    return Database.postgres(
                            url,
                            System.getenv("MLTRAINER_TEST_DATABASE_USER"),
                            System.getenv("MLTRAINER_TEST_DATABASE_PASSWORD"));
                }));
            }
            go.countDown();
            for (Future<Database> open : opening) {
                replicas.add(open.get(60, TimeUnit.SECONDS));
            }
        } finally {
            starts.shutdownNow();
        }

        List<String> applied = replicas.get(0)
                .dsl()
                .fetch("select \"version\" from \"flyway_schema_history\" where \"success\" order by"
                        + " \"installed_rank\"")
                .getValues(0, String.class);
        // Each migration this build knows applied exactly once, in order: 1, 2, … without a gap or a repeat.
        assertThat(applied).hasSizeGreaterThanOrEqualTo(4);
        assertThat(applied)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, applied.size())
                        .mapToObj(String::valueOf)
                        .toList());
        assertThat(replicas).allSatisfy(replica -> assertThat(replica.ready()).isTrue());
    }
}
