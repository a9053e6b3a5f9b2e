package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One sentence to a trained, registered model, offline; every bad input is exit 2 with a message. */
class RunCommandTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    private Cli cli() {
        return new Cli(home, work);
    }

    @Test
    void trains_an_iris_classifier_that_predicts_well_from_the_registry() throws Exception {
        Path iris = Fixtures.shared("iris.csv");

        Cli.Result result =
                cli().run("run", "predict the species of iris flowers", "--dataset", iris.toString(), "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("status").asText()).isEqualTo("succeeded");
        assertThat(json.get("task_type").asText()).isEqualTo("tabular_classification");
        assertThat(json.get("stages")).hasSize(8);
        assertThat(json.get("stages").findValuesAsText("status")).containsOnly("succeeded");
        assertThat(json.get("stages").get(0).get("duration_ms").isNumber()).isTrue();
        assertThat(json.get("metrics").get("accuracy").asDouble()).isGreaterThan(0.85);
        assertThat(json.get("metrics").get("f1_macro").asDouble()).isGreaterThan(0.85);
        Path model = Path.of(json.get("model_dir").asText());
        assertThat(model).isEqualTo(home.resolve("registry/tester/iris-species"));
        for (String file : List.of(
                "model.joblib",
                "config.json",
                "metrics.json",
                "README.md",
                "train.py",
                "requirements.txt",
                "training_curve.png")) {
            assertThat(model.resolve(file)).exists();
        }
        assertThat(Files.readString(model.resolve("README.md")))
                .contains("library_name: sklearn")
                .contains("model-index:")
                .contains("- type: accuracy");
        assertThat(Files.readString(model.resolve("config.json"))).contains("\"target\" : \"species\"");
        double accuracy = predictAccuracy(model, iris, "species");
        assertThat(accuracy).isGreaterThan(0.9);
    }

    @Test
    void the_terminal_says_where_the_training_curve_is() throws IOException {
        Cli.Result result = cli().run(
                        "run",
                        "predict disease progression one year later",
                        "--dataset",
                        Fixtures.shared("diabetes.csv").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Matcher shown =
                Pattern.compile("Training curve: (\\S+training_curve\\.png)").matcher(result.out());
        assertThat(shown.find()).as(result.out()).isTrue();
        assertThat(Files.readAllBytes(Path.of(shown.group(1)))).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void trains_a_diabetes_regressor_and_reports_r2() {
        Cli.Result result = cli().run(
                        "run",
                        "predict disease progression one year later",
                        "--dataset",
                        Fixtures.shared("diabetes.csv").toString(),
                        "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("task_type").asText()).isEqualTo("tabular_regression");
        assertThat(json.get("metrics").get("r2").asDouble()).isGreaterThan(0.3);
        assertThat(json.get("metrics").has("rmse")).isTrue();
        assertThat(json.get("metrics").has("mae")).isTrue();
    }

    @Test
    void stop_after_codegen_writes_the_checked_script_without_training() throws IOException {
        Cli.Result result = cli().run(
                        "run",
                        "classify the cultivar of wines",
                        "--dataset",
                        Fixtures.shared("wine.csv").toString(),
                        "--stop-after",
                        "codegen",
                        "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("stages")).hasSize(6);
        assertThat(json.get("model_dir").isNull()).isTrue();
        Path code = Path.of(json.get("code_dir").asText());
        assertThat(Files.readString(code.resolve("train.py"))).contains("cultivar");
        assertThat(home.resolve("registry")).doesNotExist();
    }

    @Test
    void the_same_request_is_a_classical_script_locally_and_a_transformer_script_for_a_gpu_runtime()
            throws IOException {
        String spam = Fixtures.shared("emails-spam-small.csv").toString();

        Cli.Result local = cli().run(
                        "run",
                        "classify emails as spam or ham",
                        "--dataset",
                        spam,
                        "--stop-after",
                        "codegen",
                        "--json");
        Cli.Result modal = cli().run(
                        "run",
                        "classify emails as spam or ham",
                        "--dataset",
                        spam,
                        "--runtime",
                        "modal",
                        "--accelerator",
                        "A10G",
                        "--stop-after",
                        "codegen",
                        "--json");

        assertThat(local.exitCode()).as(local.err()).isZero();
        assertThat(modal.exitCode()).as(modal.err()).isZero();
        Path localCode = Path.of(local.json().get("code_dir").asText());
        Path modalCode = Path.of(modal.json().get("code_dir").asText());
        assertThat(Files.readString(localCode.resolve("train.py"))).contains("TfidfVectorizer");
        assertThat(Files.readString(modalCode.resolve("train.py")))
                .contains("AutoModelForSequenceClassification")
                .doesNotContain("TfidfVectorizer");
        assertThat(Files.readString(modalCode.resolve("modal_app.py"))).contains("GPU = \"A10G\"");
    }

    @Test
    void a_paid_run_waits_for_a_go_ahead_with_its_estimate_and_yes_continues_without_planning_again() throws Exception {
        String spam = Fixtures.shared("emails-spam-small.csv").toString();
        Cli cli = cli();

        Cli.Result asked =
                cli.run("run", "classify emails as spam or ham", "--dataset", spam, "--runtime", "modal", "--json");

        assertThat(asked.exitCode()).as(asked.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(asked.err())
                .contains("Training will take about")
                .contains("$")
                .contains("Start it?")
                .contains("run the same command again with --yes");
        Cli.Result plain = cli.run("run", "classify emails as spam or ham", "--dataset", spam, "--runtime", "modal");
        assertThat(plain.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(plain.err())
                .contains("waits for a go-ahead")
                .contains("Training will take about")
                .contains("--yes");
        String id = asked.json().get("job_id").asText();
        try (Application app = Application.open(cli.settings(), cli.workingDirectory, cli.env)) {
            var job = app.answers().answer(new io.mltrainer.core.domain.JobId(id), "yes");
            assertThat(job.context().request().costConfirmed()).isTrue();
            assertThat(job.context().code())
                    .as("the plan and the code are kept")
                    .isNotNull();
            var done = app.resume().submit(job.id()).get();
            // Past the go-ahead, the train stage runs (and refuses Modal code on this machine).
            assertThat(done.context().failure().question()).isNull();
            assertThat(done.context().failure().reason()).doesNotContain("Start it?");
            long intents = app.status().show(job.id()).events().stream()
                    .filter(e -> e.event() instanceof io.mltrainer.core.domain.JobEvent.StageStarted s
                            && s.stage() == io.mltrainer.core.domain.Stage.INTENT)
                    .count();
            assertThat(intents).isEqualTo(1);
        }
        Cli.Result refused =
                cli.run("run", "classify emails as spam or ham", "--dataset", spam, "--runtime", "modal", "--yes");
        assertThat(refused.err()).doesNotContain("Start it?");
    }

    @Test
    void resume_with_yes_gives_the_go_ahead_from_the_command_line_and_keeps_the_plan() throws Exception {
        String spam = Fixtures.shared("emails-spam-small.csv").toString();
        Cli cli = cli();
        Cli.Result asked = cli.run("run", "classify emails as spam or ham", "--dataset", spam, "--runtime", "modal");
        java.util.regex.Matcher hint =
                java.util.regex.Pattern.compile("mltrainer resume (\\S+) --yes").matcher(asked.err());
        assertThat(hint.find()).as(asked.err()).isTrue();
        String id = hint.group(1);

        Cli.Result again = cli.run("resume", id);
        Cli.Result confirmed = cli.run("resume", id, "--yes");

        assertThat(asked.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).as("without --yes it asks again").contains("Start it?");
        assertThat(confirmed.err()).doesNotContain("Start it?");
        try (Application app = Application.open(cli.settings(), cli.workingDirectory, cli.env)) {
            var events =
                    app.status().show(new io.mltrainer.core.domain.JobId(id)).events();
            assertThat(events.stream()
                            .filter(e -> e.event() instanceof io.mltrainer.core.domain.JobEvent.StageStarted s
                                    && s.stage() == io.mltrainer.core.domain.Stage.INTENT)
                            .count())
                    .as("planned once")
                    .isEqualTo(1);
        }
    }

    @Test
    void an_unknown_runtime_is_a_usage_error_that_lists_the_runtimes() {
        Cli.Result result = cli().run("run", "predict y", "--dataset", "x.csv", "--runtime", "colab");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("local, kaggle, modal");
    }

    @Test
    void a_missing_file_is_bad_input() {
        assertBadInput(cli().run("run", "predict y", "--dataset", "nowhere.csv"), "nowhere.csv does not exist");
    }

    @Test
    void a_binary_file_is_bad_input() throws IOException {
        Path png = work.resolve("picture.csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertBadInput(cli().run("run", "predict y", "--dataset", png.toString()), "not a CSV file");
    }

    @Test
    void an_empty_file_is_bad_input() {
        Path empty = Fixtures.write(work, "empty.csv", "");

        assertBadInput(cli().run("run", "predict y", "--dataset", empty.toString()), "is empty");
    }

    @Test
    void a_target_that_is_not_a_column_is_bad_input_naming_the_columns() {
        Cli.Result result = cli().run(
                        "run",
                        "predict things",
                        "--dataset",
                        Fixtures.shared("iris.csv").toString(),
                        "--target",
                        "colour");

        assertBadInput(result, "no column 'colour'");
        assertThat(result.err()).contains("species");
    }

    @Test
    void a_target_with_one_class_is_bad_input() {
        StringBuilder csv = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(',').append(i * 2).append(",yes\n");
        }
        Path file = Fixtures.write(work, "one-class.csv", csv.toString());

        assertBadInput(
                cli().run("run", "classify the label", "--dataset", file.toString(), "--target", "label"),
                "only one value");
    }

    @Test
    void a_text_target_for_regression_asks_whether_to_classify_it() {
        Cli.Result result = cli().run(
                        "run",
                        "regression: estimate the species",
                        "--dataset",
                        Fixtures.shared("iris.csv").toString(),
                        "--target",
                        "species");

        assertBadInput(result, "`species` holds categorical values, not numbers");
        assertThat(result.err()).contains("`tabular_classification`", "answer and 'resume'");
    }

    @Test
    void an_ambiguous_target_names_the_candidates() {
        Cli.Result result = cli().run(
                        "run",
                        "make a model",
                        "--dataset",
                        Fixtures.shared("diabetes.csv").toString());

        assertBadInput(result, "name it");
        assertThat(result.err()).contains("progression").contains("bmi");
    }

    @Test
    void a_request_without_words_is_a_usage_error() {
        Cli.Result result = cli().run("run");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("REQUEST");
    }

    @Test
    void jobs_and_show_list_what_ran() {
        Cli cli = cli();
        cli.run("run", "predict y", "--dataset", "nowhere.csv");

        JsonNode jobs = cli.run("jobs", "--json").json();
        assertThat(jobs).hasSize(1);
        JsonNode job = jobs.get(0);
        assertThat(job.get("status").asText()).isEqualTo("failed");
        // Only the dataset stage reads a local table (once per build): a missing file stops the build there.
        assertThat(job.get("current_stage").asText()).isEqualTo("dataset");
        assertThat(job.has("created_at")).isTrue();

        JsonNode shown = cli.run("show", job.get("job_id").asText(), "--json").json();
        assertThat(shown.get("error").asText()).contains("does not exist");
        assertThat(shown.get("events").findValuesAsText("type"))
                .contains("stage_started", "stage_failed", "build_finished");
        assertThat(cli.run("show", "nosuchjob").exitCode()).isEqualTo(2);
    }

    private static void assertBadInput(Cli.Result result, String message) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message);
    }

    /** Loads the registry's model.joblib in a fresh Python, as a user would, and scores it on the data. */
    static double predictAccuracy(Path model, Path data, String target) throws Exception {
        String script = "import joblib,pandas,sys\n"
                + "m=joblib.load(sys.argv[1]); d=pandas.read_csv(sys.argv[2])\n"
                + "p=m.predict(d.drop(columns=[sys.argv[3]]))\n"
                + "print((p.astype(str)==d[sys.argv[3]].astype(str)).mean())\n";
        List<String> command = new ArrayList<>(List.of(
                "/usr/bin/python3", "-c", script, model.resolve("model.joblib").toString(), data.toString(), target));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return Double.parseDouble(out.lines().reduce((a, b) -> b).orElseThrow());
    }
}
