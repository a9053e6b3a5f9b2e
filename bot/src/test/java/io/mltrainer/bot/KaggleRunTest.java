package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.kaggle.FakeKaggleRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --runtime kaggle} end to end against a loopback Kaggle: the local data staged as a private Kaggle
 * dataset after the go-ahead, one notebook pushed, followed while it trains, its outputs downloaded and the model
 * registered; a SIGKILL while it waits, then {@code resume}, pushes nothing again.
 */
class KaggleRunTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    private FakeKaggleRuns kaggle;
    private Cli cli;
    private final String spam = Fixtures.shared("emails-spam-small.csv").toString();

    @BeforeEach
    void start() throws Exception {
        kaggle = FakeKaggleRuns.start();
        cli = new Cli(home, work);
        cli.env.put("KAGGLE_API_URL", kaggle.url());
        cli.env.put("KAGGLE_API_TOKEN", FakeKaggleRuns.TOKEN);
        cli.env.put("MLTRAINER_KAGGLE_POLL", "20ms");
    }

    @AfterEach
    void stop() {
        kaggle.close();
    }

    @Test
    void trains_on_kaggle_with_the_data_staged_privately_and_registers_the_downloaded_outputs() throws Exception {
        Cli.Result result =
                cli.run("run", "classify emails as spam", "--dataset", spam, "--runtime", "kaggle", "--yes", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        String id = json.get("job_id").asText();
        assertThat(json.get("status").asText()).isEqualTo("succeeded");
        assertThat(json.get("metrics").get("accuracy").asDouble()).isEqualTo(0.93);
        JsonNode run = json.get("run");
        assertThat(run.get("runtime").asText()).isEqualTo("kaggle");
        assertThat(run.get("remote_id").asText()).isEqualTo("alice/mltrainer-" + id);
        assertThat(run.get("url").asText()).isEqualTo("https://www.kaggle.com/code/alice/mltrainer-" + id);
        assertThat(run.get("status").asText()).isEqualTo("succeeded");
        assertThat(kaggle.savedKernels()).singleElement().satisfies(kernel -> {
            assertThat(kernel.path("machineShape").asText()).isEqualTo("NvidiaTeslaT4");
            assertThat(kernel.path("datasetDataSources").get(0).asText()).isEqualTo("alice/mltrainer-" + id + "-data");
        });
        assertThat(kaggle.createdDatasets())
                .singleElement()
                .satisfies(d -> assertThat(d.path("isPrivate").asBoolean()).isTrue());
        assertThat(kaggle.uploads()).singleElement().isEqualTo(Files.readAllBytes(Path.of(spam)));
        Path model = Path.of(json.get("model_dir").asText());
        assertThat(model.resolve("metrics.json")).exists();
        assertThat(result.err()).as("progress is shown live").contains("epoch 2");
        JsonNode shown = cli.run("show", id, "--json").json();
        assertThat(shown.get("run").get("remote_id").asText()).isEqualTo("alice/mltrainer-" + id);
    }

    @Test
    void codegen_for_kaggle_needs_no_credentials() throws Exception {
        cli.env.remove("KAGGLE_API_TOKEN");

        Cli.Result result = cli.run(
                "run",
                "classify emails as spam",
                "--dataset",
                spam,
                "--runtime",
                "kaggle",
                "--stop-after",
                "codegen",
                "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.json().get("status").asText()).isEqualTo("succeeded");
        assertThat(result.json().get("run").isNull()).isTrue();
        assertThat(kaggle.uploads()).isEmpty();
        assertThat(kaggle.savedKernels()).isEmpty();
        Path code = Path.of(result.json().get("code_dir").asText());
        assertThat(Files.readString(code.resolve("train.py")))
                .as("the script finds the staged file under /kaggle/input, with no secret to read")
                .contains("/kaggle/input")
                .doesNotContain("get_secret");
    }

    @Test
    void without_kaggle_credentials_the_train_stage_says_which_to_give() {
        cli.env.remove("KAGGLE_API_TOKEN");

        Cli.Result result =
                cli.run("run", "classify emails as spam", "--dataset", spam, "--runtime", "kaggle", "--yes", "--json");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.json().get("failed_stage").asText()).isEqualTo("train");
        assertThat(result.json().get("error").asText())
                .contains("KAGGLE_API_TOKEN")
                .contains("KAGGLE_KEY");
        assertThat(kaggle.uploads()).isEmpty();
    }

    @Test
    void the_quota_question_comes_before_anything_is_staged_and_resume_yes_trains() {
        Cli.Result asked =
                cli.run("run", "classify emails as spam", "--dataset", spam, "--runtime", "kaggle", "--json");

        assertThat(asked.exitCode()).as(asked.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(asked.err()).contains("Start it?");
        assertThat(kaggle.uploads()).isEmpty();
        assertThat(kaggle.savedKernels()).isEmpty();

        Cli.Result resumed = cli.run("resume", asked.json().get("job_id").asText(), "--yes", "--json");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.json().get("status").asText()).isEqualTo("succeeded");
        assertThat(kaggle.savedKernels()).hasSize(1);
    }

    @Test
    void a_failed_notebook_fails_the_build_with_kaggles_error_and_the_last_log_lines() {
        kaggle.playing(FakeKaggleRuns.Script.failing());

        Cli.Result result =
                cli.run("run", "classify emails as spam", "--dataset", spam, "--runtime", "kaggle", "--yes", "--json");

        assertThat(result.exitCode()).isNotZero();
        JsonNode json = result.json();
        assertThat(json.get("failed_stage").asText()).isEqualTo("train");
        assertThat(json.get("error").asText())
                .contains("more memory than is available")
                .contains("MemoryError");
        assertThat(json.get("run").get("status").asText()).isEqualTo("failed");
    }

    @Test
    void killed_while_the_notebook_runs_then_resumed_it_follows_the_same_notebook() throws Exception {
        kaggle.playing(FakeKaggleRuns.Script.runningUntilReleased());
        try (MltrainerProcess child = MltrainerProcess.start(
                cli, "run", "classify emails as spam", "--dataset", spam, "--runtime", "kaggle", "--yes")) {
            child.awaitLine("training on kaggle", l -> l.contains("training on kaggle"), Waits.DEADLINE);
            child.sigkill(); // no shutdown hook, no finally block runs in the child
        }
        JsonNode jobs = cli.run("jobs", "--json").json();
        String id = jobs.get(0).get("job_id").asText();
        assertThat(jobs.get(0).get("status").asText()).isEqualTo("awaiting_run");

        kaggle.release("mltrainer-" + id);
        Cli.Result resumed = cli.run("resume", id, "--json");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.json().get("status").asText()).isEqualTo("succeeded");
        assertThat(resumed.json().get("metrics").get("accuracy").asDouble()).isEqualTo(0.93);
        assertThat(kaggle.savedKernels()).as("one SaveKernel in total").hasSize(1);
        assertThat(kaggle.createdDatasets()).hasSize(1);
    }
}
