package io.mltrainer.core.agents.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.agents.codegen.Specs;
import io.mltrainer.core.agents.codegen.Templates;
import io.mltrainer.core.agents.codegen.TrainingCode;
import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.Backbone;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.IntakeResult;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.NeuralSettings;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.HubRelease;
import io.mltrainer.core.port.out.ModelHub;
import io.mltrainer.core.port.out.ModelPackage;
import io.mltrainer.core.port.out.RunListener;
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
        assertThat(file("space/README.md")).contains("sdk: gradio", "- \"tester/model\"");
    }

    @Test
    void a_classical_model_publishes_its_joblib_file_and_config_json() {
        agent.run(input(trained(Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.LOCAL))));

        assertThat(published.artifacts()).containsExactly("model.joblib", "metrics.json", "model_info.json");
        assertThat(published.modelFolder()).isNull();
        assertThat(file("README.md"))
                .contains("library_name: sklearn", "pipeline_tag: text-classification", "split: test")
                .contains("    - type: f1_macro\n      value: 0.91\n");
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
    void hostile_request_and_labels_cannot_break_the_card_or_the_demo() {
        String hostile = "x\n---\nlicense: evil\n</script><img src=x onerror=alert(1)> [click](javascript:alert(1))";
        List<String> labels = List.of("</script><img onerror=alert(1)>", "](javascript:alert(1))", "---", "# big");

        agent.run(input(trained(Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.LOCAL), hostile, labels, 0.9)));

        String card = file("README.md");
        assertThat(card.lines().filter("---"::equals)).hasSize(2);
        assertThat(card.substring(0, card.indexOf("\n---\n", 4))).doesNotContain("license");
        assertThat(card).doesNotContain("<img", "<script", "</script>", "](javascript", "\n# big");
        assertThat(card)
                .contains("&lt;/script&gt;&lt;img src=x onerror=alert\\(1\\)&gt; \\[click\\]")
                .contains("\\]\\(javascript:alert\\(1\\)\\)")
                .contains("\\# big");
        String app = file("space/app.py");
        assertThat(app).doesNotContain("<img", "</script>", "](javascript");
        assertThat(new PythonChecker()
                        .check(new GeneratedCode(
                                "/tmp", "space/app.py", List.of(new GeneratedFile("space/app.py", app)))))
                .isEmpty();
        assertThat(file("space/README.md").lines().filter("---"::equals)).hasSize(2);
    }

    @Test
    void the_model_index_holds_the_metrics_exactly_as_metrics_json_does() {
        agent.run(input(trained(
                Specs.of(TaskType.TABULAR_CLASSIFICATION, RuntimeKind.LOCAL),
                "predict species",
                List.of("setosa"),
                0.9333333333333333)));

        assertThat(file("README.md"))
                .contains("      value: 0.9333333333333333\n")
                .contains("| f1 macro | 0.9333 |")
                .contains("## Training", "Hardware: local (cpu)", "## Limitations");
    }

    @Test
    void the_demo_pins_its_gradio_and_bounds_every_requirement() {
        agent.run(input(trained(Specs.of(TaskType.TABULAR_CLASSIFICATION, RuntimeKind.LOCAL))));

        assertThat(file("space/requirements.txt").lines())
                .allMatch(line -> line.contains("<") || line.contains("=="))
                .contains("gradio==" + DemoSpace.GRADIO_VERSION);
        assertThat(file("space/README.md")).contains("sdk_version: " + DemoSpace.GRADIO_VERSION, "title: \"model\"");
    }

    @Test
    void a_build_asked_to_go_to_the_hub_publishes_the_registry_folder_there_private_with_a_space() {
        RecordingHub hub = new RecordingHub();
        DeployAgent toHub = new DeployAgent(TEMPLATES, this::publishLocally, hub);
        JobContext context = trained(Specs.of(TaskType.TABULAR_CLASSIFICATION, RuntimeKind.LOCAL));
        context = context.withRequest(context.request()
                .withDeployment(new DeploymentSpec(DeployTarget.HUGGINGFACE, "acme", null, null, null)));

        Deployment deployment = (Deployment) toHub.run(input(context));

        assertThat(deployment.target()).isEqualTo("huggingface");
        assertThat(hub.release.repoId()).isEqualTo("acme/model");
        assertThat(hub.release.isPrivate()).isTrue();
        assertThat(hub.release.space()).isTrue();
        assertThat(hub.release.spaceToken()).isFalse();
        assertThat(hub.release.folder()).isEqualTo(Path.of("/registry/tester/model"));
        assertThat(file("space/README.md")).contains("- \"acme/model\"");
    }

    @Test
    void keep_it_local_wins_over_a_hub_token_given_in_the_intake() {
        RecordingHub hub = new RecordingHub();
        DeployAgent agent = new DeployAgent(TEMPLATES, this::publishLocally, hub);
        JobContext context = trained(Specs.of(TaskType.TABULAR_CLASSIFICATION, RuntimeKind.LOCAL));
        BuildRequest withToken = new BuildRequest(
                "predict species",
                null,
                null,
                null,
                null,
                new IntakeResult(
                        RuntimeSpec.LOCAL,
                        DeploymentSpec.LOCAL,
                        new Credentials(
                                new SecretRef(SecretKind.HF_TOKEN, "7f3a9c"), null, null, null, null, null, null)),
                null);

        Deployment viaToken = (Deployment) agent.run(input(context.withRequest(withToken)));
        assertThat(viaToken.target()).as("a token in the intake means the Hub").isEqualTo("huggingface");

        hub.release = null;
        Deployment kept =
                (Deployment) agent.run(input(context.withRequest(withToken.withDeployment(DeploymentSpec.KEEP_LOCAL))));
        assertThat(kept.target()).isEqualTo("local");
        assertThat(hub.release).isNull();
    }

    @Test
    void in_a_chat_the_owner_is_asked_before_a_private_space_gets_their_token() {
        DeployAgent agent = new DeployAgent(TEMPLATES, this::publishLocally, new RecordingHub());
        JobContext context = trained(Specs.of(TaskType.TABULAR_CLASSIFICATION, RuntimeKind.LOCAL));
        BuildRequest hub =
                context.request().withDeployment(new DeploymentSpec(DeployTarget.HUGGINGFACE, null, null, null, null));
        StageInput inChat = new StageInput(
                new JobId("job-1"),
                "slack:U1",
                context.withRequest(hub),
                1,
                null,
                IGNORED,
                CancellationToken.NEVER,
                new ThreadKey("slack", "T1", "C1", "1700000000.000100"));

        assertThatThrownBy(() -> agent.run(inChat))
                .isInstanceOfSatisfying(
                        StageException.class,
                        e -> assertThat(e.question().slot()).isEqualTo(QuestionSlot.SPACE_TOKEN))
                .hasMessageContaining("alice/model")
                .hasMessageContaining("yes or no");
    }

    private Deployment publishLocally(ModelPackage pkg) {
        published = pkg;
        return new Deployment("local", "/registry/" + pkg.owner() + "/" + pkg.name(), null, null);
    }

    /** A Hub where alice may write anywhere; it keeps what it was asked to publish. */
    private static final class RecordingHub implements ModelHub {
        HubRelease release;

        @Override
        public String namespace(String owner, Credentials credentials, String requested) {
            return requested == null ? "alice" : requested;
        }

        @Override
        public Deployment publish(HubRelease value) {
            release = value;
            return new Deployment(
                    "huggingface", value.folder().toString(), "https://hub.example/" + value.repoId(), null);
        }
    }

    @Test
    void clustering_is_deployed_like_any_model() {
        assertThat(agent.supports(TaskType.CLUSTERING)).isTrue();
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
        return trained(spec, "a demo build", List.of("a", "b"), 0.91);
    }

    private static JobContext trained(TrainingSpec spec, String description, List<String> labels, double metric) {
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
        ParsedIntent intent = new ParsedIntent(spec.task(), description, null, "model")
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
                        Map.of(spec.primaryMetric(), metric),
                        null,
                        Map.of(),
                        labels,
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
