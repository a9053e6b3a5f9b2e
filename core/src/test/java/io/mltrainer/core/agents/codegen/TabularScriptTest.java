package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.testing.Python;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The tabular script run on a small generated table (numbers, a date, a column of short descriptions, an id): it
 * tunes within the budget it is given, refits on every row, reads prose as text, and without Optuna or XGBoost still
 * trains the other candidates and says what it skipped.
 */
// Python runs in temporary folders of their own: beside the other classes.
@Execution(ExecutionMode.CONCURRENT)
class TabularScriptTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS = 240;

    @TempDir
    Path dir;

    @Test
    void tunes_within_its_budget_refits_on_every_row_and_reads_prose_as_text() throws Exception {
        Path script = render();

        Result result = train(script, "2", null);

        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode info = result.info();
        assertThat(info.path("search").path("budget_s").asDouble()).isEqualTo(2.0);
        assertThat(info.path("search").path("trials").asInt()).isPositive();
        assertThat(info.path("search").path("candidates")).isNotEmpty();
        assertThat(info.path("refit_rows").asInt()).isEqualTo(ROWS);
        assertThat(info.path("n_train").asInt()).isLessThan(ROWS);
        assertThat(info.path("text_feature_columns"))
                .extracting(JsonNode::asText)
                .containsExactly("colour");
        assertThat(JSON.readTree(dir.resolve("out/metrics.json").toFile())
                        .path("accuracy")
                        .asDouble())
                .isGreaterThan(0.7);
    }

    @Test
    void without_optuna_or_xgboost_trains_the_other_candidates_and_says_what_it_skipped() throws Exception {
        Path script = render();
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        for (String module : List.of("optuna", "xgboost")) {
            Files.writeString(stubs.resolve(module + ".py"), "raise ImportError('no " + module + " here')\n");
        }

        Result result = train(script, null, stubs);

        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode info = result.info();
        assertThat(info.path("search").path("skipped").asText()).contains("optuna is not installed");
        assertThat(info.path("skipped_candidates").path("xgboost").asText())
                .isEqualTo("xgboost is not installed (pip install xgboost)");
        assertThat(info.path("cv_scores").has("linear")).isTrue();
        assertThat(result.output()).contains("skipping xgboost: xgboost is not installed");
    }

    private Path render() throws IOException {
        TrainingSpec base = Specs.of(TaskType.TABULAR_CLASSIFICATION, RuntimeKind.LOCAL);
        TrainingSpec spec = new TrainingSpec(
                base.task(),
                base.runtime(),
                base.accelerator(),
                base.data(),
                base.columns(),
                new TrainingSpec.Model(
                        "sklearn",
                        List.of(
                                new ModelCandidate("linear", Map.of("C", 1.0, "max_iter", 500.0)),
                                new ModelCandidate("random_forest", Map.of("n_estimators", 20.0)),
                                new ModelCandidate("xgboost", Map.of("n_estimators", 20.0))),
                        null),
                base.training(),
                base.metrics(),
                base.seed());
        String code = new TrainingCode(new Templates()).render(spec).get(0).content();
        return Files.writeString(dir.resolve("train.py"), code);
    }

    /** a, b numbers; colour a short description; day a date; id; species from a, b and the description. */
    private Path table() throws IOException {
        Random random = new Random(5);
        String[] shades = {"pale", "deep", "bright", "dusty", "soft", "vivid"};
        StringBuilder csv = new StringBuilder("id,a,b,colour,day,species\n");
        for (int i = 0; i < ROWS; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            boolean red = random.nextBoolean();
            String colour =
                    "a " + shades[random.nextInt(shades.length)] + (red ? " red" : " blue") + " petal number " + i;
            String species = a + b + (red ? 1.5 : -1.5) > 0 ? "setosa" : "virginica";
            csv.append(String.format(
                    Locale.ROOT,
                    "%d,%.3f,%.3f,%s,%s,%s%n",
                    i,
                    a,
                    b,
                    colour,
                    LocalDate.of(2020, 1, 1).plusDays(i),
                    species));
        }
        return Files.writeString(dir.resolve("table.csv"), csv.toString());
    }

    private record Result(int exitCode, String output, Path out) {
        JsonNode info() throws IOException {
            return JSON.readTree(out.resolve("model_info.json").toFile());
        }
    }

    private Result train(Path script, String budget, Path pythonPath) throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        List<String> command = new ArrayList<>(
                List.of(Python.INTERPRETER, script.toString(), "--data", table().toString(), "--out", out.toString()));
        if (budget != null) {
            command.addAll(List.of("--search-budget", budget));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (pythonPath != null) {
            builder.environment().put("PYTHONPATH", pythonPath.toString());
        }
        builder.environment().remove("MLTRAINER_SEARCH_BUDGET");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not finish: " + output);
        }
        return new Result(process.exitValue(), output, out);
    }
}
