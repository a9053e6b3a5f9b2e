package io.mltrainer.bot;

import static io.mltrainer.core.testing.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.persistence.Database;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code jobs}, {@code show} and {@code cancel} open the store only and skip Flyway when the schema is current: they
 * still migrate a fresh or older home, and work while another process holds the database.
 */
class FastCommandsTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void jobs_on_a_fresh_home_migrates_it_and_lists_no_build() {
        Cli.Result result = new Cli(home, work).run("jobs", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.json().isArray()).isTrue();
        assertThat(result.json()).isEmpty();
        assertThat(appliedVersion()).isEqualTo(Database.LATEST_MIGRATION);
    }

    @Test
    void jobs_on_a_home_one_migration_behind_migrates_it_first() {
        flyway().target("4").load().migrate();

        Cli.Result result = new Cli(home, work).run("jobs", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.json()).isEmpty();
        assertThat(appliedVersion()).isEqualTo(Database.LATEST_MIGRATION);
    }

    @Test
    void jobs_show_and_cancel_work_while_another_process_holds_the_database() throws Exception {
        Job job = aJob().withId("heldjob1").build();
        try (Database holder = Database.embedded(home)) {
            holder.jobs().create(job);

            Cli cli = new Cli(home, work);
            Cli.Result jobs = cli.runChild("jobs", "--json");
            Cli.Result show = cli.runChild("show", "heldjob1", "--json");
            Cli.Result cancel = cli.runChild("cancel", "heldjob1");

            assertThat(jobs.exitCode()).as(jobs.err()).isZero();
            assertThat(jobs.json().get(0).get("job_id").asText()).isEqualTo("heldjob1");
            assertThat(show.exitCode()).as(show.err()).isZero();
            assertThat(show.json().get("job_id").asText()).isEqualTo("heldjob1");
            assertThat(cancel.exitCode()).as(cancel.err()).isZero();
            assertThat(cancel.out()).contains("Build heldjob1 cancelled.");
            assertThat(holder.jobs().find(job.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        }
    }

    @Test
    void every_subcommand_is_registered_under_its_own_name_and_listed_in_the_help() {
        Cli.Result help = new Cli(home, work).run("--help");

        assertThat(help.exitCode()).isZero();
        Main.SUBCOMMANDS.forEach((name, command) -> {
            assertThat(new CommandLine(command).getCommandName()).isEqualTo(name);
            assertThat(help.out()).contains("  " + name + " ");
        });
        assertThat(help.out()).contains("  help ");
    }

    @Test
    void a_subcommand_named_alone_still_answers_its_own_help_and_rejects_a_wrong_option() {
        Cli cli = new Cli(home, work);

        Cli.Result help = cli.run("jobs", "--help");
        Cli.Result wrong = cli.run("jobs", "--no-such-option");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: mltrainer jobs", "--json");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(wrong.err()).contains("--no-such-option");
    }

    private String appliedVersion() {
        return flyway().load().info().current().getVersion().getVersion();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(Database.h2Url(home), "sa", "").locations("classpath:db/migration");
    }
}
