package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mltrainer.core.agents.codegen.TrainingSpec.Columns;
import io.mltrainer.core.agents.codegen.TrainingSpec.Data;
import io.mltrainer.core.agents.codegen.TrainingSpec.Model;
import io.mltrainer.core.agents.codegen.TrainingSpec.Training;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.testing.Python;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transformers template trains for real on the CPU: one optimizer step, an evaluation, a checkpoint, the best
 * one loaded back, metrics and the saved model, on a tiny randomly initialised model and tokenizer (or image
 * processor) built in a temporary folder by {@code tiny_models.py}, with the Hub offline. Where the test interpreter
 * cannot import transformers and the task's libraries, each case is skipped and names what is missing.
 */
class TransformersOneStepTest {
    private static final TrainingCode CODE = new TrainingCode(new Templates());
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    @TempDir
    Path work;

    /** One task: its data file or folder (as tiny_models.py writes it), its columns and the metric to expect. */
    record Case(
            TaskType task,
            String data,
            DataFormat format,
            Columns columns,
            String library,
            List<String> metrics,
            String languages) {}

    static Stream<Arguments> tasks() {
        return Stream.of(
                        new Case(
                                TaskType.TEXT_CLASSIFICATION,
                                "data.csv",
                                DataFormat.CSV,
                                columns(null, "text", "label", null),
                                "transformers",
                                List.of("f1_macro", "accuracy"),
                                null),
                        new Case(
                                TaskType.TOKEN_CLASSIFICATION,
                                "data.jsonl",
                                DataFormat.JSONL,
                                columns(null, "tokens", "ner_tags", null),
                                "transformers",
                                List.of("seqeval_f1"),
                                null),
                        new Case(
                                TaskType.SUMMARIZATION,
                                "data.jsonl",
                                DataFormat.JSONL,
                                columns("highlights", "article", null, null),
                                "transformers",
                                List.of("rouge_l", "eval_loss"),
                                null),
                        new Case(
                                TaskType.TRANSLATION,
                                "data.jsonl",
                                DataFormat.JSONL,
                                columns("fr", "en", null, null),
                                "transformers",
                                List.of("bleu", "chrf"),
                                "en,fr"),
                        new Case(
                                TaskType.TEXT_GENERATION,
                                "data.jsonl",
                                DataFormat.JSONL,
                                columns(null, "text", null, null),
                                "transformers",
                                List.of("perplexity", "eval_loss"),
                                null),
                        new Case(
                                TaskType.LLM_FINETUNING,
                                "data.jsonl",
                                DataFormat.JSONL,
                                columns(null, "messages", null, null),
                                "peft",
                                List.of("eval_loss", "perplexity"),
                                null),
                        new Case(
                                TaskType.IMAGE_CLASSIFICATION,
                                "data",
                                DataFormat.IMAGE_FOLDER,
                                columns(null, null, "label", null),
                                "transformers",
                                List.of("f1_macro", "accuracy"),
                                null),
                        new Case(
                                TaskType.IMAGE_REGRESSION,
                                "data",
                                DataFormat.IMAGE_METADATA,
                                columns("age", null, null, "file_name"),
                                "transformers",
                                List.of("rmse", "mae", "r2"),
                                null),
                        new Case(
                                TaskType.OBJECT_DETECTION,
                                "data",
                                DataFormat.COCO,
                                columns("objects", null, null, "image"),
                                "transformers",
                                List.of("map"),
                                null))
                .map(c -> Arguments.of(Named.of(c.task().id(), c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tasks")
    void the_template_trains_one_step_on_the_cpu_with_a_tiny_local_model(Case c) throws Exception {
        TrainingSpec probe = spec(c, work.resolve("model"), work.resolve(c.data()));
        List<String> modules = new ArrayList<>(List.of("tokenizers"));
        Requirements.of(probe, ScriptKind.of(probe)).forEach(p -> modules.add(p.module()));
        if (c.task() == TaskType.OBJECT_DETECTION) {
            modules.add("scipy"); // DETR's Hungarian matcher
        }
        List<String> missing = PythonScripts.missingModules(modules);
        assumeTrue(
                missing.isEmpty(),
                c.task().id() + " needs " + String.join(", ", missing) + " importable by " + Python.INTERPRETER
                        + " (No module named '" + (missing.isEmpty() ? "" : missing.get(0)) + "')");
        Map<String, String> offline = Map.of(
                "HF_HUB_OFFLINE", "1",
                "TRANSFORMERS_OFFLINE", "1",
                "HF_DATASETS_OFFLINE", "1",
                "HF_HOME", work.resolve("hf-home").toString(),
                "MLTRAINER_DATA_CACHE", work.resolve("data-cache").toString());
        Path builder = copyResource("tiny_models.py");
        PythonScripts.Run built =
                PythonScripts.run(work, DEADLINE, offline, builder.toString(), kind(c.task()), work.toString());
        assertThat(built.exitCode()).as(built.output()).isZero();
        Path code = PythonScripts.written(work.resolve("code"), CODE.render(probe));

        PythonScripts.Run run = PythonScripts.run(
                code,
                DEADLINE,
                offline,
                "train.py",
                "--data",
                work.resolve(c.data()).toString(),
                "--out",
                work.resolve("out").toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("MLTRAINER {\"event\":\"done\"");
        assertThat(Files.readString(work.resolve("out/metrics.json")))
                .contains("\"" + c.metrics().get(0) + "\"");
        assertThat(work.resolve("out/model")).isDirectoryContaining("glob:**/*.json");
    }

    @Test
    void the_tiny_model_builder_is_pyflakes_clean_where_it_cannot_run() throws Exception {
        Path builder = copyResource("tiny_models.py");

        Python.Result flakes = Python.module("pyflakes", builder);

        assertThat(flakes.output()).isEmpty();
        assertThat(flakes.exitCode()).isZero();
    }

    private static String kind(TaskType task) {
        return task.id();
    }

    /** A local run: fp32, one optimizer step that is also a whole epoch, so it evaluates, saves and picks. */
    private static TrainingSpec spec(Case c, Path backbone, Path data) {
        boolean classification = c.task() == TaskType.TEXT_CLASSIFICATION || c.task() == TaskType.IMAGE_CLASSIFICATION;
        String[] pair = c.languages() == null
                ? new String[] {null, null}
                : c.languages().split(",");
        Data where = new Data(
                DatasetSourceKind.LOCAL,
                data.toString(),
                c.format(),
                null,
                null,
                null,
                null,
                null,
                0.25,
                classification,
                pair[0],
                pair[1],
                null);
        Training training = new Training(
                1,
                16,
                1,
                1e-3,
                Precision.FP32,
                32,
                c.task() == TaskType.OBJECT_DETECTION ? 64 : 32,
                1,
                c.task() == TaskType.LLM_FINETUNING ? FineTuning.LORA : null,
                4,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                600L);
        return new TrainingSpec(
                c.task(),
                RuntimeKind.LOCAL,
                "cpu",
                where,
                c.columns(),
                new Model(c.library(), List.of(), backbone.toString()),
                training,
                c.metrics(),
                42);
    }

    private static Columns columns(String target, String text, String label, String image) {
        return new Columns(target, text, null, label, image, null, null, null, null, null, null);
    }

    private Path copyResource(String name) throws IOException {
        Path target = work.resolve(name);
        try (InputStream in = TransformersOneStepTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }
}
