package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.RunListener;
import io.mltrainer.core.port.out.SmokeRun;
import io.mltrainer.core.port.out.SmokeRunner;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.testing.Contexts;
import io.mltrainer.core.testing.PythonChecker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code generation for a planned build: rendered, adapted where a model is available, and checked. */
class CodegenAgentTest {
    private static final RunListener IGNORED = new RunListener() {
        @Override
        public void started(io.mltrainer.core.domain.RunHandle handle) {}

        @Override
        public void progress(io.mltrainer.core.domain.JobEvent.TrainingProgress progress) {}
    };

    private final List<GeneratedCode> smokeRuns = new ArrayList<>();

    @Test
    void writes_checked_code_for_the_planned_runtime_and_smoke_runs_local_code() {
        GeneratedCode code =
                (GeneratedCode) agent(passingSmoke(), ChatModelPort.OFFLINE).run(input(planned()));

        assertThat(code.runtime()).isEqualTo(RuntimeKind.LOCAL);
        assertThat(code.entrypoint()).isEqualTo("train.py");
        assertThat(code.files()).extracting(GeneratedFile::path).containsExactly("train.py", "requirements.txt");
        assertThat(code.file("train.py").orElseThrow().content()).contains("TARGET = \"churned\"");
        assertThat(smokeRuns).containsExactly(code);
    }

    @Test
    void a_template_script_is_not_smoke_run_when_only_adapted_scripts_are() {
        CodegenAgent agent = smokingAdaptedOnly(ChatModelPort.OFFLINE);

        GeneratedCode code = (GeneratedCode) agent.run(input(planned()));

        assertThat(code.file("train.py").orElseThrow().content()).contains("TARGET = \"churned\"");
        assertThat(smokeRuns).isEmpty();
    }

    @Test
    void an_adapted_script_is_smoke_run_when_only_adapted_scripts_are() {
        CodegenAgent agent = smokingAdaptedOnly(FakeChatModel.thatRewrites(script -> script + "\n# adapted\n"));

        GeneratedCode code = (GeneratedCode) agent.run(input(planned()));

        assertThat(code.file("train.py").orElseThrow().content()).contains("# adapted");
        assertThat(smokeRuns).containsExactly(code);
    }

    @Test
    void code_for_a_remote_runtime_is_checked_statically_only() {
        JobContext modal = planned().with(Contexts.intent().withRuntime(new RuntimeSpec(RuntimeKind.MODAL, "A10G")));

        GeneratedCode code =
                (GeneratedCode) agent(passingSmoke(), ChatModelPort.OFFLINE).run(input(modal));

        assertThat(code.runtime()).isEqualTo(RuntimeKind.MODAL);
        // A scikit-learn model trains on CPUs even where a GPU was named: Modal would bill the GPU for nothing.
        assertThat(code.file("modal_app.py").orElseThrow().content())
                .contains("GPU = None")
                .doesNotContain("GPU = \"A10G\"");
        assertThat(smokeRuns).isEmpty();
    }

    @Test
    void a_failed_smoke_run_is_an_invalid_output_that_names_the_problem() {
        SmokeRunner failing = code -> new SmokeRun.Failed("ValueError: column 'tenure' is empty");

        assertThatThrownBy(() -> agent(failing, ChatModelPort.OFFLINE).run(input(planned())))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.INVALID_OUTPUT))
                .hasMessageContaining("its --smoke run failed: ValueError: column 'tenure' is empty");
    }

    @Test
    void a_model_that_answers_unchanged_keeps_the_template_script() {
        FakeChatModel model = FakeChatModel.thatAnswersUnchanged();

        GeneratedCode code = (GeneratedCode) agent(passingSmoke(), model).run(input(planned()));

        assertThat(model.prompts).hasSize(1);
        assertThat(model.prompts.get(0)).contains("Request: predict churn", "Task: tabular_classification");
        assertThat(code.file("train.py").orElseThrow().content()).doesNotContain("adapted");
    }

    @Test
    void an_adaptation_that_fails_its_check_is_a_retriable_invalid_output() {
        var agent = agent(passingSmoke(), FakeChatModel.thatRewrites(FakeChatModel::broken));

        assertThatThrownBy(() -> agent.run(input(planned())))
                .isInstanceOfSatisfying(
                        StageException.class,
                        e -> assertThat(e.kind().retriable()).isTrue())
                .hasMessageContaining("the adapted train.py failed its check")
                .hasMessageContaining("invalid syntax");
    }

    @Test
    void an_adaptation_that_drops_the_protocol_is_refused() {
        var agent = agent(passingSmoke(), FakeChatModel.thatRewrites(script -> "print('hello')\n"));

        assertThatThrownBy(() -> agent.run(input(planned())))
                .hasMessageContaining("dropped mltrainer's command line or outputs");
    }

    @Test
    void a_second_failing_adaptation_falls_back_to_the_template_script() {
        var agent = agent(passingSmoke(), FakeChatModel.thatRewrites(FakeChatModel::broken));
        var failure = new io.mltrainer.core.domain.Failure(
                io.mltrainer.core.domain.Stage.CODEGEN, FailureKind.INVALID_OUTPUT, "invalid syntax", 1);

        GeneratedCode code = (GeneratedCode) agent.run(retry(planned(), failure));

        assertThat(code.file("train.py").orElseThrow().content()).doesNotContain("def adapted(");
    }

    @Test
    void a_plan_no_template_reads_is_bad_input() {
        DataReport csv = new DataReport(
                "/data/pets.csv",
                10,
                List.of(),
                null,
                null,
                List.of(),
                DataSource.local("/data/pets.csv", DataFormat.CSV),
                null,
                null);
        JobContext images = planned()
                .with(Contexts.intent().withTaskType(TaskType.IMAGE_CLASSIFICATION))
                .with(csv);

        assertThatThrownBy(() -> agent(passingSmoke(), ChatModelPort.OFFLINE).run(input(images)))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("image_classification training reads");
    }

    private CodegenAgent agent(SmokeRunner smoke, ChatModelPort llm) {
        return new CodegenAgent(
                new Templates(), (job, files) -> "/work/jobs/" + job + "/code", new PythonChecker(), smoke, llm);
    }

    private CodegenAgent smokingAdaptedOnly(ChatModelPort llm) {
        return new CodegenAgent(
                new Templates(),
                (job, files) -> "/work/jobs/" + job + "/code",
                new PythonChecker(),
                passingSmoke(),
                llm,
                io.mltrainer.core.pipeline.LocalRuns.ALLOW,
                CodegenAgent.SmokeRuns.ADAPTED_ONLY);
    }

    private SmokeRunner passingSmoke() {
        return code -> {
            smokeRuns.add(code);
            return new SmokeRun.Passed(10);
        };
    }

    /** A tabular classification build planned up to the architecture stage. */
    static JobContext planned() {
        return JobContext.of(Contexts.request())
                .with(Contexts.intent())
                .with(Contexts.dataReport())
                .with(Contexts.preprocessPlan())
                .with(Contexts.trainingConfig())
                .with(Contexts.architecture());
    }

    private static StageInput input(JobContext context) {
        return retry(context, null);
    }

    private static StageInput retry(JobContext context, io.mltrainer.core.domain.Failure previous) {
        return new StageInput(
                new JobId("job-1"),
                "alice",
                context,
                previous == null ? 1 : 2,
                previous,
                IGNORED,
                CancellationToken.NEVER);
    }
}
