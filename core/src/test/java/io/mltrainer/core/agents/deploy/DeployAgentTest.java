package io.mltrainer.core.agents.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.codegen.Specs;
import io.mltrainer.core.codegen.Templates;
import io.mltrainer.core.codegen.TrainingCode;
import io.mltrainer.core.codegen.TrainingSpec;
import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.Backbone;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.NeuralSettings;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.CancellationToken;
import io.mltrainer.core.port.ModelPackage;
import io.mltrainer.core.port.RunListener;
import io.mltrainer.core.testing.Contexts;
import io.mltrainer.core.testing.PythonChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A model of any task type is published as its Hub repository would hold it, with a demo that is valid Python. */
class DeployAgentTest {
    private static final Templates TEMPLATES = new Templates();
    private static final RunListener IGNORED = new RunListener() {
        @Override
        public void started(RunHandle handle) {}

        @Override
        public void progress(JobEvent.TrainingProgress progress) {}
    };

    private ModelPackage published;

    private final DeployAgent agent = new DeployAgent(TEMPLATES, pkg -> {
        published = pkg;
        return new Deployment("local", "/registry/" + pkg.owner() + "/" + pkg.name(), null, null);
    });

    static Stream<Arguments> deployableTasks() {
        return Arrays.stream(TaskType.values())
                .filter(t -> t != TaskType.CLUSTERING)
                .flatMap(t -> Stream.of(Arguments.of(t, RuntimeKind.LOCAL), Arguments.of(t, RuntimeKind.MODAL)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("deployableTasks")
    void every_deployable_task_gets_a_card_a_config_and_a_demo_that_compiles(TaskType task, RuntimeKind runtime) {
        agent.run(input(trained(Specs.of(task, runtime))));

        String card = file("README.md");
        assertThat(card).startsWith("---\nlibrary_name: ").contains("model-index:", "- mltrainer");
        assertThat(published.files()).extracting(GeneratedFile::path).contains("space/app.py", "train.py");
        assertThat(new PythonChecker()
                        .check(new GeneratedCode(
                                "/tmp",
                                "space/app.py",
                                List.of(published.files().stream()
                                        .filter(f -> f.path().equals("space/app.py"))
                                        .findFirst()
                                        .orElseThrow()))))
                .isEmpty();
        assertThat(file("space/README.md")).contains("sdk: gradio", "- tester/model");
    }

    @Test
    void a_classical_model_publishes_its_joblib_file_and_config_json() {
        agent.run(input(trained(Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.LOCAL))));

        assertThat(published.artifacts()).containsExactly("model.joblib", "metrics.json", "model_info.json");
        assertThat(published.modelFolder()).isNull();
        assertThat(file("README.md"))
                .contains("library_name: sklearn", "pipeline_tag: text-classification", "split: test")
                .contains("    - type: f1_macro\n      value: 0.9100");
        assertThat(file("config.json")).contains("\"text_columns\" : [ \"text\" ]");
        assertThat(file("space/requirements.txt")).contains("scikit-learn", "gradio");
    }

    @Test
    void the_training_curve_a_run_left_is_published_with_the_model(@TempDir Path output) throws IOException {
        Files.write(output.resolve("training_curve.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        JobContext context = trained(Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.LOCAL));
        TrainingRun run = context.run();

        agent.run(input(context.with(new TrainingRun(
                run.runtime(),
                run.runId(),
                output.toString(),
                run.metrics(),
                run.bestModel(),
                run.cvScores(),
                run.labels(),
                run.durationMs()))));

        assertThat(published.artifacts())
                .containsExactly("model.joblib", "metrics.json", "model_info.json", "training_curve.png");
    }

    @Test
    void a_fine_tuned_transformer_publishes_its_save_pretrained_folder_beside_mltrainer_json() {
        agent.run(input(trained(Specs.of(TaskType.SUMMARIZATION, RuntimeKind.KAGGLE))));

        assertThat(published.modelFolder()).isEqualTo("model");
        assertThat(published.files())
                .extracting(GeneratedFile::path)
                .contains("mltrainer.json")
                .doesNotContain("config.json");
        assertThat(file("README.md"))
                .contains("library_name: transformers", "pipeline_tag: summarization")
                .contains("base_model: \"google/flan-t5-small\"", "datasets:\n- \"abisee/cnn_dailymail\"")
                .contains("split: validation");
        assertThat(file("space/app.py")).contains("TASK = \"summarization\"");
    }

    @Test
    void lora_adapters_are_published_as_a_peft_model_with_a_chat_demo() {
        agent.run(input(trained(Specs.of(TaskType.LLM_FINETUNING, RuntimeKind.MODAL))));

        assertThat(file("README.md"))
                .contains("library_name: peft", "pipeline_tag: text-generation", "- qlora", "- trl");
        assertThat(file("space/app.py")).contains("gr.ChatInterface", "ADAPTERS = True");
        assertThat(file("space/requirements.txt")).contains("peft");
    }

    @Test
    void image_regression_has_no_hub_pipeline_tag_but_names_its_task() {
        agent.run(input(trained(Specs.of(TaskType.IMAGE_REGRESSION, RuntimeKind.KAGGLE))));

        assertThat(file("README.md")).doesNotContain("pipeline_tag:").contains("type: image-regression");
        assertThat(file("space/app.py")).contains("AutoModelForImageClassification");
    }

    @Test
    void object_detection_demos_draw_the_boxes() {
        agent.run(input(trained(Specs.of(TaskType.OBJECT_DETECTION, RuntimeKind.KAGGLE))));

        assertThat(file("README.md")).contains("pipeline_tag: object-detection");
        assertThat(file("space/app.py")).contains("gr.AnnotatedImage");
        assertThat(file("space/requirements.txt")).contains("timm");
    }

    @Test
    void clustering_has_no_deploy_stage() {
        assertThat(agent.supports(TaskType.CLUSTERING)).isFalse();
        assertThat(agent.supports(TaskType.TABULAR_CLASSIFICATION)).isTrue();
    }

    private String file(String path) {
        return published.files().stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .orElseThrow()
                .content();
    }

    /** A build trained from a spec: plan records that give the spec back, its code and a finished run. */
    private static JobContext trained(TrainingSpec spec) {
        TrainingSpec.Data data = spec.data();
        TrainingSpec.Columns c = spec.columns();
        DataReport report = new DataReport(
                data.location(),
                500,
                Contexts.dataReport().columns(),
                c.target(),
                Map.of(),
                List.of(),
                new DataSource(
                        data.source(),
                        data.location(),
                        data.format(),
                        data.file(),
                        data.config(),
                        data.trainSplit(),
                        data.validationSplit(),
                        data.testSplit(),
                        false,
                        null),
                new ColumnRoles(c.target(), c.text(), c.textPair(), c.label(), c.image(), c.time(), c.series()),
                null);
        ArchitectureSpec architecture = spec.model().backbone() == null
                ? new ArchitectureSpec(
                        spec.model().candidates(), null, spec.model().library(), null)
                : new ArchitectureSpec(
                        List.of(),
                        new Backbone(spec.model().backbone(), 100, spec.model().library(), "test"),
                        null,
                        null);
        ParsedIntent intent = new ParsedIntent(spec.task(), "a demo build", null, "model")
                .withRuntime(new RuntimeSpec(spec.runtime(), spec.accelerator()));
        JobContext context = JobContext.of(Contexts.request())
                .with(intent)
                .with(report)
                .with(new PreprocessPlan(
                        c.numeric(), c.categorical(), c.dates(), List.of(), data.testSize(), 42, data.stratify()))
                .with(new TrainingConfig(
                        0,
                        spec.primaryMetric(),
                        600,
                        spec.metrics(),
                        spec.training().horizon(),
                        neural(spec)))
                .with(architecture);
        var files = new TrainingCode(TEMPLATES).render(spec);
        return context.with(new GeneratedCode("/jobs/j/code", "train.py", files, spec.runtime()))
                .with(new TrainingRun(
                        spec.runtime().id(),
                        "run-1",
                        "/jobs/j/runs/run-1/output",
                        Map.of(spec.primaryMetric(), 0.91),
                        null,
                        Map.of(),
                        List.of("a", "b"),
                        1000));
    }

    private static NeuralSettings neural(TrainingSpec spec) {
        TrainingSpec.Training t = spec.training();
        return spec.model().backbone() == null
                ? null
                : new NeuralSettings(
                        1,
                        4,
                        1,
                        2e-4,
                        Precision.FP16,
                        t.maxLength(),
                        t.imageSize(),
                        t.fineTuning(),
                        t.loraRank(),
                        true);
    }

    private static StageInput input(JobContext context) {
        return new StageInput(new JobId("job-1"), "tester", context, 1, null, IGNORED, CancellationToken.NEVER);
    }
}
