package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mltrainer.core.agents.codegen.TrainingSpec.Columns;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.testing.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fine-tuning templates as today's libraries read them: the defects found against the sources of transformers 5,
 * datasets, TRL and gradio 6 stay fixed (image columns, staged COCO, end-of-text tokens, precision per card and model
 * family, best checkpoint, early stopping, warmup, version ceilings, the chat Space app).
 */
// Python runs in temporary folders of their own: beside the other classes.
@Execution(ExecutionMode.CONCURRENT)
class FineTuningCodeTest {
    private static final TrainingCode CODE = new TrainingCode(new Templates());
    private static final Templates TEMPLATES = new Templates();

    /** The task types that fine-tune with the transformers Trainer (or TRL's). */
    static final List<TaskType> FINE_TUNED = List.of(
            TaskType.TEXT_CLASSIFICATION,
            TaskType.TOKEN_CLASSIFICATION,
            TaskType.SUMMARIZATION,
            TaskType.TRANSLATION,
            TaskType.TEXT_GENERATION,
            TaskType.LLM_FINETUNING,
            TaskType.IMAGE_CLASSIFICATION,
            TaskType.IMAGE_REGRESSION,
            TaskType.OBJECT_DETECTION);

    @TempDir
    Path work;

    static Stream<TaskType> fineTuned() {
        return FINE_TUNED.stream();
    }

    @Test
    void image_regression_on_a_metadata_csv_reads_its_file_column_as_an_image_column() throws Exception {
        TrainingSpec spec = Specs.withColumns(
                Specs.of(TaskType.IMAGE_REGRESSION, RuntimeKind.MODAL),
                new Columns("age", null, null, null, "file_name", null, null, null, null, null, null));

        String script = trainPy(spec);

        assertThat(script)
                .contains("FILE_COLUMN = \"file_name\"", "IMAGE_COLUMN = \"image\"")
                .contains("data = table.cast_column(FILE_COLUMN, Image())")
                .contains("data = data.rename_column(FILE_COLUMN, IMAGE_COLUMN)")
                .contains("batch[IMAGE_COLUMN]")
                .doesNotContain("load_dataset(\"imagefolder\"");
        assertClean(spec);
    }

    @Test
    void local_coco_data_for_kaggle_is_read_as_coco_from_its_staged_copy_and_passes_pyflakes() throws Exception {
        TrainingSpec local = Specs.withData(
                Specs.of(TaskType.OBJECT_DETECTION, RuntimeKind.KAGGLE),
                TrainingSpec.Data.local("/data/boxes.zip", DataFormat.COCO));

        String script = trainPy(local);

        assertThat(script).contains("coco_dataset(").doesNotContain("load_dataset(\"json\"");
        assertClean(local);
    }

    @Test
    void zipped_image_folders_for_kaggle_are_read_like_local_ones_and_pass_pyflakes() throws Exception {
        TrainingSpec fineTuned = Specs.withData(
                Specs.of(TaskType.IMAGE_CLASSIFICATION, RuntimeKind.KAGGLE),
                TrainingSpec.Data.local("/data/flowers.zip", DataFormat.IMAGE_FOLDER));
        TrainingSpec smallCnn = Specs.withData(
                Specs.smallCnn(RuntimeKind.KAGGLE),
                TrainingSpec.Data.local("/data/digits.zip", DataFormat.IMAGE_FOLDER));

        assertThat(trainPy(fineTuned)).contains("load_dataset(\"imagefolder\", data_dir=");
        assertThat(trainPy(smallCnn)).doesNotContain("from datasets import");
        assertClean(fineTuned);
        assertClean(smallCnn);
    }

    @Test
    void text_generation_keeps_the_end_of_text_token_in_the_labels_and_masks_padding_by_position() {
        String script = trainPy(Specs.of(TaskType.TEXT_GENERATION, RuntimeKind.MODAL));

        assertThat(script)
                .contains("blocks[\"labels\"] = [list(block) for block in blocks[\"input_ids\"]]")
                .contains("DataCollatorForSeq2Seq(tokenizer, label_pad_token_id=IGNORED)")
                .as("that collator masks every pad token id, and the pad token is the end-of-text token")
                .doesNotContain("DataCollatorForLanguageModeling");
    }

    @Test
    void precision_is_bf16_where_the_card_has_it_and_fp32_for_t5_and_qwen_on_a_t4() {
        TrainingSpec t5 = Specs.of(TaskType.SUMMARIZATION, RuntimeKind.MODAL);
        TrainingSpec qwen = Specs.of(TaskType.LLM_FINETUNING, RuntimeKind.KAGGLE);
        TrainingSpec distilbert = Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.MODAL);

        assertThat(trainPy(t5)).contains("BF16 = False", "FP16 = False");
        assertThat(trainPy(qwen)).contains("BF16 = False", "FP16 = False");
        assertThat(trainPy(distilbert)).as("fp16 is safe for BERT-like models").contains("FP16 = True");
        for (String card : List.of("A10G", "L4", "A100", "H100")) {
            assertThat(trainPy(Specs.onCard(t5, card))).as(card).contains("BF16 = True", "FP16 = False");
            assertThat(trainPy(Specs.onCard(distilbert, card))).as(card).contains("BF16 = True");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fineTuned")
    void every_fine_tuning_keeps_its_best_checkpoint_stops_early_and_warms_up(TaskType task) {
        String script = trainPy(Specs.of(task, RuntimeKind.MODAL));

        assertThat(script)
                .contains("load_best_model_at_end=True")
                .contains("metric_for_best_model=BEST_METRIC")
                .contains("EarlyStoppingCallback(early_stopping_patience=PATIENCE)")
                .contains("callbacks=callbacks(on_checkpoint, args.smoke)")
                .contains("{\"warmup_steps\": WARMUP_SHARE}", "{\"warmup_ratio\": WARMUP_SHARE}")
                .contains("eval_strategy=\"steps\"", "save_strategy=\"steps\"");
    }

    @Test
    void the_best_checkpoint_is_chosen_by_the_tasks_metric_where_evaluation_computes_it() {
        assertThat(trainPy(Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.MODAL)))
                .contains("BEST_METRIC = \"f1_macro\"", "GREATER_IS_BETTER = True");
        assertThat(trainPy(Specs.of(TaskType.TOKEN_CLASSIFICATION, RuntimeKind.MODAL)))
                .contains("BEST_METRIC = \"seqeval_f1\"");
        assertThat(trainPy(Specs.of(TaskType.SUMMARIZATION, RuntimeKind.MODAL)))
                .contains("BEST_METRIC = \"rouge_l\"", "GREATER_IS_BETTER = True");
        assertThat(trainPy(Specs.of(TaskType.TRANSLATION, RuntimeKind.MODAL))).contains("BEST_METRIC = \"bleu\"");
        assertThat(trainPy(Specs.of(TaskType.IMAGE_REGRESSION, RuntimeKind.MODAL)))
                .contains("BEST_METRIC = \"rmse\"", "GREATER_IS_BETTER = False");
        assertThat(trainPy(Specs.of(TaskType.TEXT_GENERATION, RuntimeKind.MODAL)))
                .as("perplexity is the loss's exponential: the loss picks")
                .contains("BEST_METRIC = \"loss\"", "GREATER_IS_BETTER = False");
        assertThat(trainPy(Specs.of(TaskType.OBJECT_DETECTION, RuntimeKind.MODAL)))
                .as("mAP is measured after training")
                .contains("BEST_METRIC = \"loss\"");
    }

    @Test
    void image_and_detection_training_data_is_augmented_and_validation_data_is_not() {
        String images = trainPy(Specs.of(TaskType.IMAGE_CLASSIFICATION, RuntimeKind.MODAL));
        String detection = trainPy(Specs.of(TaskType.OBJECT_DETECTION, RuntimeKind.MODAL));

        assertThat(images)
                .contains("train.set_transform(transform_for(True))")
                .contains("evaluation.set_transform(transform_for(False))")
                .contains("ImageOps.mirror(image)");
        assertThat(detection)
                .contains("train.with_transform(transform_for(processor, encode, True))")
                .contains("evaluation.with_transform(transform_for(processor, encode, False))")
                .contains("[image.width - x - width, y, width, height]");
        assertThat(trainPy(Specs.smallCnn(RuntimeKind.LOCAL)))
                .contains("images = augmented(X[batch])")
                .contains("mode=\"reflect\"");
    }

    @Test
    void string_labels_are_class_encoded_so_the_validation_cut_is_stratified() {
        String script = trainPy(Specs.withData(
                Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.MODAL),
                Specs.url("https://example.org/reviews.csv", DataFormat.CSV)));

        assertThat(script)
                .contains("STRATIFY_COLUMN = LABEL_COLUMN if True else None")
                .contains("train = train.class_encode_column(STRATIFY_COLUMN)")
                .contains("stratify_by_column=STRATIFY_COLUMN");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fineTuned")
    void fine_tuning_requirements_pin_a_ceiling_on_every_library(TaskType task) {
        String requirements =
                CODE.render(Specs.of(task, RuntimeKind.MODAL)).get(1).content();

        assertThat(requirements.lines().filter(l -> !l.isBlank()))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).containsPattern(">=[0-9.]+,<[0-9.]+$"));
        assertThat(requirements).contains("transformers>=4.56,<6", "torch>=2.1,<3", "datasets>=2.19,<6");
    }

    @Test
    void integer_tags_are_ordered_as_numbers_and_names_after_them() throws Exception {
        Path script = work.resolve("labels_check.py");
        Files.writeString(script, """
                class ClassLabel:
                    pass


                %s

                class Rows:
                    features = {"tags": object()}

                    def __init__(self, rows):
                        self.rows = rows

                    def __getitem__(self, column):
                        return self.rows


                print(label_names([Rows([[0, 10, 2], [1, 9]]), Rows([[11]])], "tags"))
                print(label_names([Rows(["O", "B-PER", "I-PER"])], "tags"))
                """.formatted(TEMPLATES.render("partials/hf/labels.py", Map.of())));

        PythonScripts.Run run = PythonScripts.run(work, Duration.ofSeconds(60), Map.of(), script.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output().lines()).containsExactly("['0', '1', '2', '9', '10', '11']", "['B-PER', 'I-PER', 'O']");
    }

    @Test
    void the_kaggle_bootstrap_installs_what_is_missing_or_outside_its_bounds() throws Exception {
        String bootstrap = TEMPLATES.render(
                "partials/kaggle_bootstrap.py",
                Map.of(
                        "packages",
                        List.of(
                                pkg("numpy", "numpy", "numpy>=1.0,<99"),
                                pkg("numpy", "numpy", "numpy>=99,<100"),
                                pkg("numpy", "numpy", "numpy>=1.0,<1.1"),
                                pkg("no-such-package", "no_such_package", "no-such-package>=1.0,<2"))));
        Path script = work.resolve("bootstrap_check.py");
        Files.writeString(
                script,
                bootstrap.replace("\n_install_missing_packages()\n", "\n")
                        + "\nprint(_unsatisfied(REQUIRED_PACKAGES))\n"
                        + "print(_satisfies('5.2.0', 'transformers>=4.56,<6'), _satisfies('6.0.0', 'x>=4.56,<6'),"
                        + " _satisfies('2.5.1+cu121', 'torch>=2.1,<3'), _satisfies('4.46.3', 'x>=4.56,<6'))\n");
        assumeTrue(PythonScripts.missingModules(List.of("numpy")).isEmpty(), "numpy is not importable");

        PythonScripts.Run run = PythonScripts.run(work, Duration.ofSeconds(60), Map.of(), script.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(bootstrap).contains("\n_install_missing_packages()\n");
        assertThat(run.output().lines())
                .containsExactly(
                        "['numpy>=99,<100', 'numpy>=1.0,<1.1', 'no-such-package>=1.0,<2']", "True False True False");
    }

    @Test
    void the_chat_space_app_reads_gradio_6_messages_and_transformers_5_encodings() throws Exception {
        assumeTrue(PythonScripts.missingModules(List.of("torch")).isEmpty(), "torch is not importable (python3-torch)");
        Path app = chatApp();

        PythonScripts.Run six = PythonScripts.run(
                app.getParent(), Duration.ofMinutes(2), Map.of("GRADIO_FAKE_VERSION", "6.25.0"), "check_chat.py");
        PythonScripts.Run five = PythonScripts.run(
                app.getParent(), Duration.ofMinutes(2), Map.of("GRADIO_FAKE_VERSION", "5.9.1"), "check_chat.py");

        assertThat(six.exitCode()).as(six.output()).isZero();
        assertThat(six.output())
                .contains("prompt [('user', 'hi'), ('assistant', 'hello there'), ('user', 'how are you')]")
                .contains("reply 'answer of 3 tokens'")
                .contains("interface ['description', 'fn', 'title']")
                .contains("loaded with {'dtype': 'auto'}");
        assertThat(five.exitCode()).as(five.output()).isZero();
        assertThat(five.output()).contains("interface ['description', 'fn', 'title', 'type'] messages");
    }

    /** space/app.py beside fakes of transformers 5 and gradio (their contracts: return types, arguments). */
    private Path chatApp() throws IOException {
        Path dir = Files.createDirectories(work.resolve("space"));
        Map<String, Object> model = Map.of(
                "name", "tester/chat",
                "config_file", "\"mltrainer.json\"",
                "repo_id", "\"tester/chat\"",
                "title", "\"Chat\"",
                "description", "\"A chat model\"",
                "adapters", "False");
        Files.writeString(dir.resolve("app.py"), TEMPLATES.render("space/chat.py", model));
        Path transformers = Files.createDirectories(dir.resolve("fakes/transformers"));
        Files.writeString(transformers.resolve("__init__.py"), """
                import torch

                LOADED = {}


                class BatchEncoding(dict):
                    \"\"\"transformers 5: apply_chat_template returns one by default (return_dict=True).\"\"\"


                class Tokenizer:
                    chat_template = "{% for m in messages %}{{ m.content }}{% endfor %}"
                    pad_token_id = None
                    eos_token_id = 2
                    seen = None

                    def apply_chat_template(self, messages, add_generation_prompt=False, return_tensors=None,
                                            return_dict=True, **kwargs):
                        for message in messages:
                            assert isinstance(message["content"], str), message
                        Tokenizer.seen = messages
                        ids = torch.ones((1, len(messages)), dtype=torch.long)
                        return BatchEncoding(input_ids=ids, attention_mask=torch.ones_like(ids)) if return_dict else ids

                    def decode(self, ids, skip_special_tokens=False):
                        return "answer of %d tokens" % len(ids)


                class Network:
                    device = "cpu"

                    def eval(self):
                        return self

                    def generate(self, inputs, **kwargs):
                        assert isinstance(inputs, torch.Tensor), type(inputs)
                        return torch.cat([inputs, torch.full((1, 3), 7)], dim=1)


                class AutoTokenizer:
                    @staticmethod
                    def from_pretrained(name, **kwargs):
                        return Tokenizer()


                class AutoModelForCausalLM:
                    @staticmethod
                    def from_pretrained(name, **kwargs):
                        LOADED.update(kwargs)
                        return Network()
                """);
        Path gradio = Files.createDirectories(dir.resolve("fakes/gradio"));
        Files.writeString(gradio.resolve("__init__.py"), """
                import os

                __version__ = os.environ["GRADIO_FAKE_VERSION"]


                class ChatInterface:
                    def __init__(self, fn, *, title=None, description=None, **rest):
                        if int(__version__.split(".")[0]) >= 6 and "type" in rest:
                            raise TypeError("ChatInterface.__init__() got an unexpected keyword argument 'type'")
                        self.settings = dict(rest, fn=fn, title=title, description=description)
                """);
        Files.writeString(dir.resolve("check_chat.py"), """
                import os
                import sys

                sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "fakes"))
                os.environ["MODEL_ID"] = "tester/chat"
                import transformers
                import app

                history = [{"role": "user", "content": [{"type": "text", "text": "hi"}]},
                           {"role": "assistant", "content": "hello there"}]
                reply = app.predict("how are you", history)
                print("prompt", [(m["role"], m["content"]) for m in transformers.Tokenizer.seen])
                print("reply", repr(reply))
                print("loaded with", transformers.LOADED)
                demo = app.build_demo()
                print("interface", sorted(demo.settings), demo.settings.get("type", ""))
                """);
        return dir.resolve("app.py");
    }

    private static Map<String, String> pkg(String distribution, String module, String requirement) {
        return Map.of(
                "distribution", "\"" + distribution + "\"",
                "module", "\"" + module + "\"",
                "requirement", "\"" + requirement + "\"");
    }

    private void assertClean(TrainingSpec spec) throws IOException {
        Path dir = Files.createTempDirectory(work, "code");
        for (GeneratedFile file : CODE.render(spec)) {
            Path path = dir.resolve(file.path());
            Files.writeString(path, file.content());
            if (file.path().endsWith(".py")) {
                Python.Result flakes = Python.module("pyflakes", path);
                assertThat(flakes.output()).as("pyflakes " + file.path()).isEmpty();
                assertThat(flakes.exitCode()).isZero();
            }
        }
    }

    private static String trainPy(TrainingSpec spec) {
        return CODE.render(spec).get(0).content();
    }
}
