package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.console.StreamTerminal;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Lease;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.persistence.Database;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal chat driven end to end, as a person types. */
class ConsoleChatTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void a_request_and_a_go_ahead_in_plain_words_become_a_trained_model_with_live_stage_lines() throws Exception {
        Files.copy(Fixtures.shared("iris.csv"), work.resolve("iris.csv"));

        String screen = chat("predict the species of iris flowers from iris.csv\nmaybe later\nyes, go ahead\nstatus\n");

        assertThat(screen)
                .contains("I didn't take \"maybe later\" as a yes or a no")
                .containsOnlyOnce("Start? (yes / no)");
        assertThat(screen)
                .contains("mltrainer")
                .contains(">> intent ✓")
                .contains(">> dataset ✓")
                .contains(">> train ✓")
                .contains(">> deploy ✓")
                .contains("✓ Model ready in the local registry: " + home.resolve("registry/tester/iris-species"))
                .contains("accuracy=");
        assertThat(home.resolve("registry/tester/iris-species/model.joblib")).exists();
    }

    @Test
    void asks_for_the_data_and_for_an_ambiguous_target_then_builds() throws Exception {
        Files.copy(Fixtures.shared("diabetes.csv"), work.resolve("diabetes.csv"));

        String screen = chat("I need a regression model\ndiabetes.csv\nyes\nprogression\n");

        assertThat(screen).contains("Which data should I learn from?");
        assertThat(screen).contains("Start? (yes / no)");
        assertThat(screen).contains("Which column should I predict? Candidates:");
        assertThat(screen).contains("✓ Model ready");
        assertThat(home.resolve("registry/tester/diabetes-progression/model.joblib"))
                .exists();
    }

    @Test
    void offers_to_resume_a_build_left_by_a_dead_process() throws Exception {
        Cli cli = new Cli(home, work);
        Job abandoned;
        try (Database database = Database.embedded(home)) {
            Instant now = Instant.now();
            Job job = new Job(
                    new io.mltrainer.core.domain.JobId("abandoned1"),
                    "tester",
                    ThreadKey.terminal("old"),
                    JobStatus.QUEUED,
                    io.mltrainer.core.domain.JobContext.of(new BuildRequest(
                            "classify the species", Fixtures.shared("iris.csv").toString(), null, null, Stage.CODEGEN)),
                    0,
                    null,
                    now,
                    now);
            database.jobs().create(job);
            Job running = database.jobs().save(job.moveTo(JobStatus.RUNNING, now));
            // The lease of a process on this host that no longer exists.
            abandoned = database.jobs()
                    .save(running.withLease(new Lease(
                            new LocalWorkers().self().replaceAll(":\\d+$", ":999999999"), now.plusSeconds(600))));
        }

        String screen = chat("R\n", cli);

        assertThat(screen).contains("Previous session found: build " + abandoned.id());
        assertThat(screen).contains("[R] Resume [N] New session");
        assertThat(screen).contains("✓ Code written to");
        assertThat(cli.run("jobs", "--json").json().get(0).get("status").asText())
                .isEqualTo("succeeded");
    }

    @Test
    void help_and_unknown_commands_get_answers_without_a_build() throws Exception {
        String screen = chat("help\nstatus\ncancel\njobs\nquit\n");

        assertThat(screen)
                .contains("Commands: status, cancel, resume, jobs, help, quit.")
                .contains("No build in this session yet.")
                .contains("Nothing to cancel.")
                .contains("No builds yet.");
    }

    private String chat(String typed) {
        return chat(typed, new Cli(home, work));
    }

    private static String chat(String typed, Cli cli) {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        StreamTerminal terminal = new StreamTerminal(
                new BufferedReader(new StringReader(typed)), new PrintStream(screen, true, StandardCharsets.UTF_8));
        try (Application app = Application.open(cli.settings(), cli.workingDirectory)) {
            ChatCommand.chat(app, terminal, cli.settings()).run();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }
}
