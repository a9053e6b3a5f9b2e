package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.testing.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: every task type rendered for every runtime (and the data sources that change the code) compiles and
 * is pyflakes-clean. The rendered files stay in {@code target/rendered/} to be read.
 */
// Beside the other classes (it mostly waits on Python processes); its own cases one at a time.
@Execution(ExecutionMode.CONCURRENT)
class TrainingCodeTest {
    private static final TrainingCode CODE = new TrainingCode(new Templates());
    private static final Path RENDERED = Path.of("target", "rendered");

    static Stream<Arguments> everyTaskOnEveryRuntime() {
        List<Arguments> cases = new ArrayList<>();
        for (TaskType task : TaskType.values()) {
            for (RuntimeKind runtime : RuntimeKind.values()) {
                cases.add(named(task.id() + "-" + runtime.id(), Specs.of(task, runtime)));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> otherDataSources() {
        return Stream.of(
                named(
                        "tabular-hub-local",
                        Specs.withData(
                                Specs.of(TaskType.TABULAR_CLASSIFICATION, RuntimeKind.LOCAL),
                                Specs.hub("scikit-learn/iris", null))),
                named(
                        "tabular-kaggle-local",
                        Specs.withData(
                                Specs.of(TaskType.TABULAR_REGRESSION, RuntimeKind.LOCAL),
                                Specs.kaggle("someone/houses", "train.csv", DataFormat.CSV))),
                named(
                        "tabular-hub-kaggle",
                        Specs.withData(
                                Specs.of(TaskType.TABULAR_CLASSIFICATION, RuntimeKind.KAGGLE),
                                Specs.hub("alice/mltrainer-data-k7q2mxa4", null))),
                named(
                        "text-hub-kaggle",
                        Specs.withData(
                                Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.KAGGLE),
                                Specs.hub("alice/mltrainer-data-k7q2mxa4", null))),
                named(
                        "tabular-kaggle-kaggle",
                        Specs.withData(
                                Specs.of(TaskType.TABULAR_REGRESSION, RuntimeKind.KAGGLE),
                                Specs.kaggle("someone/houses", "train.parquet", DataFormat.PARQUET))),
                named(
                        "text-url-modal",
                        Specs.withData(
                                Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.MODAL),
                                Specs.url("https://example.org/reviews.tsv", DataFormat.TSV))),
                named(
                        "text-sklearn-kaggle",
                        Specs.withData(
                                Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.LOCAL),
                                Specs.kaggle("someone/spam", "spam.csv", DataFormat.CSV))),
                named(
                        "images-sklearn-hub",
                        Specs.withData(
                                Specs.of(TaskType.IMAGE_CLASSIFICATION, RuntimeKind.LOCAL),
                                Specs.hub("ylecun/mnist", null))),
                named(
                        "images-hf-kaggle-folder",
                        Specs.withData(
                                Specs.of(TaskType.IMAGE_CLASSIFICATION, RuntimeKind.KAGGLE),
                                Specs.kaggle("someone/flowers", null, DataFormat.IMAGE_FOLDER))),
                named(
                        "detection-coco-local",
                        Specs.withData(
                                Specs.of(TaskType.OBJECT_DETECTION, RuntimeKind.MODAL),
                                TrainingSpec.Data.local("/data/boxes", DataFormat.COCO))),
                named(
                        "forecast-hub-modal",
                        Specs.withData(
                                Specs.of(TaskType.TIME_SERIES_FORECASTING, RuntimeKind.MODAL),
                                Specs.hub("someone/sales", null))),
                named("images-small-cnn-local", Specs.smallCnn(RuntimeKind.LOCAL)),
                named("images-small-cnn-kaggle", Specs.smallCnn(RuntimeKind.KAGGLE)),
                named(
                        "llm-prompt-response-kaggle",
                        Specs.withData(
                                Specs.of(TaskType.LLM_FINETUNING, RuntimeKind.KAGGLE),
                                Specs.kaggle("someone/qa", "qa.jsonl", DataFormat.JSONL))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"everyTaskOnEveryRuntime", "otherDataSources"})
    @Execution(ExecutionMode.SAME_THREAD) // one case after another: two cases may render into the same folder
    void renders_python_that_compiles_and_is_pyflakes_clean(TrainingSpec spec) throws IOException {
        List<GeneratedFile> files = CODE.render(spec);

        Path dir = write(spec, files);
        for (GeneratedFile file : files) {
            if (file.path().endsWith(".py")) {
                Path script = dir.resolve(file.path());
                Python.Result compiled = Python.module("py_compile", script);
                assertThat(compiled.exitCode()).as(compiled.output()).isZero();
                Python.Result flakes = Python.module("pyflakes", script);
                assertThat(flakes.output()).as("pyflakes " + script).isEmpty();
                assertThat(flakes.exitCode()).isZero();
            }
        }
    }

    @Test
    void a_kaggle_script_on_hub_data_takes_the_token_from_the_notebook_secrets_only() {
        TrainingSpec onKaggle = Specs.withData(
                Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.KAGGLE),
                Specs.hub("alice/mltrainer-data-k7q2mxa4", null));
        TrainingSpec onModal = Specs.withData(
                Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.MODAL),
                Specs.hub("alice/mltrainer-data-k7q2mxa4", null));

        String kaggle = CODE.render(onKaggle).get(0).content();
        String modal = CODE.render(onModal).get(0).content();

        assertThat(kaggle)
                .contains("UserSecretsClient().get_secret(\"HF_TOKEN\")")
                .doesNotContainPattern("hf_[A-Za-z0-9]{20,}");
        assertThat(kaggle)
                .as("called when the script starts, before any data is loaded")
                .containsPattern("(?m)^hub_token_from_kaggle_secrets\\(\\)$");
        assertThat(modal).doesNotContain("kaggle_secrets");
        assertThat(CODE.render(Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.KAGGLE))
                        .get(0)
                        .content())
                .as("data attached to the notebook needs no token")
                .doesNotContain("kaggle_secrets");
    }

    private static Arguments named(String name, TrainingSpec spec) {
        return Arguments.of(Named.of(name, spec));
    }

    private static Path write(TrainingSpec spec, List<GeneratedFile> files) throws IOException {
        Path dir = Files.createDirectories(RENDERED.resolve(spec.task().id() + "-"
                + spec.runtime().id() + "-" + spec.data().source().name().toLowerCase(java.util.Locale.ROOT) + "-"
                + spec.model().library()));
        for (GeneratedFile file : files) {
            Files.writeString(dir.resolve(file.path()), file.content());
        }
        return dir;
    }
}
