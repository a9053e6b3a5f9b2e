package io.mltrainer.persistence;

import static io.mltrainer.core.testing.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.testing.Contexts;
import io.mltrainer.core.testing.Jobs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path home;

    @Test
    void creates_the_embedded_database_under_the_home_directory() {
        Path nested = home.resolve("not/yet/there");

        try (Database database = Database.embedded(nested)) {
            assertThat(database.dialect()).isEqualTo(SQLDialect.H2);
        }

        assertThat(nested.resolve("mltrainer.mv.db")).exists();
    }

    @Test
    void reopening_the_database_keeps_the_data_and_migrates_again_without_harm() {
        Job job = aJob().withContext(Contexts.complete()).build();
        try (Database first = Database.embedded(home)) {
            first.jobs().create(job);
            first.events().append(job.id(), new JobEvent.Notice("before the restart"), Jobs.CREATED);
        }

        try (Database reopened = Database.embedded(home)) {
            assertThat(reopened.jobs().find(job.id())).contains(job);
            assertThat(reopened.events().list(job.id()))
                    .extracting(EventRecord::seq)
                    .containsExactly(1L);
        }
    }

    @Test
    void two_databases_on_the_same_file_both_read_and_write() {
        try (Database one = Database.embedded(home);
                Database two = Database.embedded(home)) {
            Job first = aJob().withId("job-one").build();
            Job second = aJob().withId("job-two")
                    .createdAt(Jobs.CREATED.plusSeconds(1))
                    .build();

            one.jobs().create(first);
            two.jobs().create(second);
            two.jobs().save(first.moveTo(JobStatus.RUNNING, Jobs.CREATED.plusSeconds(2)));

            assertThat(one.jobs().list(10)).extracting(Job::id).containsExactly(second.id(), first.id());
            assertThat(one.jobs().find(first.id()).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
        }
    }

    @Test
    void a_second_process_reads_and_writes_while_the_first_has_the_database_open() throws Exception {
        try (Database database = Database.embedded(home)) {
            Job mine = aJob().withId("job-first-process").build();
            database.jobs().create(mine);

            Process other = startSecondProcess(mine, "job-second-process");
            boolean exited = other.waitFor(60, TimeUnit.SECONDS);
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(exited).as("second process finished").isTrue();
            assertThat(other.exitValue()).as(output).isZero();
            assertThat(output).contains("saw job-first-process", "saw job-second-process");
            assertThat(database.jobs().list(10))
                    .extracting(job -> job.id().value())
                    .contains("job-second-process");
            assertThat(database.events().list(mine.id()))
                    .extracting(EventRecord::event)
                    .containsExactly(new JobEvent.Notice("hello from job-second-process"));
        }
    }

    @Test
    void refuses_a_postgres_database_without_a_postgres_url() {
        assertThatThrownBy(() -> Database.postgres("jdbc:mysql://localhost/mltrainer", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void opens_the_embedded_database_when_no_url_is_configured() {
        try (Database database = Database.open(home, " ", null, null)) {
            assertThat(database.dialect()).isEqualTo(SQLDialect.H2);
        }
    }

    @Test
    void a_brief_open_of_a_fresh_home_migrates_it_and_traces_no_missing_history_table() {
        try (Database database = Database.embedded(home, Database.Schema.MIGRATE_IF_BEHIND)) {
            database.jobs().create(aJob().build());

            assertThat(database.ready()).isTrue();
        }

        // (H2 may trace its own troubles at close; none may be about a missing history table)
        Path trace = home.resolve("mltrainer.trace.db");
        assertThat(java.nio.file.Files.exists(trace) ? contentOf(trace) : "").doesNotContain("flyway_schema_history");
    }

    @Test
    void a_brief_open_of_an_older_schema_migrates_it_to_the_newest_migration() {
        flyway().target("4").load().migrate();

        try (Database database = Database.embedded(home, Database.Schema.MIGRATE_IF_BEHIND)) {
            assertThat(database.ready())
                    .as("the history holds the newest migration")
                    .isTrue();
        }
        assertThat(flyway().load().info().current().getVersion().getVersion()).isEqualTo(Database.LATEST_MIGRATION);
    }

    @Test
    void a_brief_open_of_a_current_schema_does_not_run_flyway() throws Exception {
        Job job = aJob().build();
        try (Database first = Database.embedded(home)) {
            first.jobs().create(job);
        }
        // An applied migration whose checksum no longer matches: Flyway refuses it at every migrate, so an open
        // that succeeds did not run Flyway.
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(Database.h2Url(home), "sa", "");
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("update \"flyway_schema_history\" set \"checksum\" = 1 where \"version\" = '1'");
        }
        assertThatThrownBy(() -> Database.embedded(home).close())
                .as("a full open still validates")
                .hasMessageContaining("checksum");

        try (Database brief = Database.embedded(home, Database.Schema.MIGRATE_IF_BEHIND)) {
            assertThat(brief.jobs().find(job.id())).contains(job);
            assertThat(brief.ready()).isTrue();
        }
    }

    @Test
    void the_newest_migration_this_build_names_is_the_last_migration_file() {
        // Fails when a migration is added without raising Database.LATEST_MIGRATION.
        org.flywaydb.core.api.MigrationInfo[] pending = Flyway.configure()
                .dataSource("jdbc:h2:mem:latest-migration;DB_CLOSE_DELAY=-1", "sa", "")
                .locations("classpath:db/migration")
                .load()
                .info()
                .pending();

        assertThat(pending).isNotEmpty();
        assertThat(pending[pending.length - 1].getVersion().getVersion()).isEqualTo(Database.LATEST_MIGRATION);
    }

    private static String contentOf(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(Database.h2Url(home), "sa", "").locations("classpath:db/migration");
    }

    private Process startSecondProcess(Job theirs, String mine) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(List.of(
                        java,
                        // like the test JVM itself (the parent pom's argLine): a short-lived JVM that mostly waits
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        classpath,
                        SecondProcess.class.getName(),
                        home.toString(),
                        theirs.id().value(),
                        mine))
                .redirectErrorStream(true)
                .start();
    }
}
