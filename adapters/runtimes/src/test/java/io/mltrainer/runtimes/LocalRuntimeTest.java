package io.mltrainer.runtimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.agents.codegen.Templates;
import io.mltrainer.core.agents.codegen.TrainingCode;
import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.RunRequest;
import io.mltrainer.core.port.out.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the local runtime refuses to run, and how it says so. */
class LocalRuntimeTest {
    @TempDir
    Path home;

    private final TrainingCode code = new TrainingCode(new Templates());

    @Test
    void names_exactly_the_python_packages_a_transformers_script_lacks() {
        GeneratedCode transformers = generated(spec(RuntimeKind.LOCAL, "transformers", "distilbert-base-uncased"));

        assertThatThrownBy(() -> run(transformers))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.MISSING_DEPENDENCY))
                .hasMessageContaining("/usr/bin/python3 (missing ")
                .hasMessageContaining("transformers, accelerate, datasets)")
                .hasMessageContaining("pip install -r")
                .hasMessageContaining("--runtime kaggle or modal");
    }

    @Test
    void refuses_code_written_for_kaggle_and_says_where_to_run_it() {
        GeneratedCode kaggle = generated(spec(RuntimeKind.KAGGLE, "sklearn", null));

        assertThatThrownBy(() -> run(kaggle))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT))
                .hasMessageContaining("written for kaggle")
                .hasMessageContaining("--runtime local");
    }

    @Test
    void a_run_another_mltrainer_process_started_that_ended_without_results_says_it_ended_with_that_process()
            throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path output = Files.createDirectories(home.resolve("jobs/job-1/runs/run-1/output"));
        RunHandle handle = RunHandle.local(
                "local",
                "run-1",
                output.toString(),
                gone.pid(),
                gone.info().startInstant().orElse(null),
                Instant.now());

        RunStatus status = new LocalRuntime(
                        new FileWorkspace(home), new PythonLocator("/usr/bin/python3"), Clock.systemUTC())
                .poll(handle, 0);

        assertThat(status)
                .isInstanceOfSatisfying(
                        RunStatus.Failed.class,
                        failed -> assertThat(failed.error())
                                .contains("ended with the mltrainer process that started it")
                                .contains("Kaggle or Modal"));
    }

    private void run(GeneratedCode generated) {
        new LocalRuntime(new FileWorkspace(home), new PythonLocator("/usr/bin/python3"), Clock.systemUTC())
                .submit(new RunRequest(new JobId("job-1"), "tester", null, generated, null, null, null, 60, null));
    }

    private GeneratedCode generated(TrainingSpec spec) {
        return new GeneratedCode(home.toString(), TrainingCode.ENTRYPOINT, code.render(spec), spec.runtime());
    }

    static TrainingSpec spec(RuntimeKind runtime, String library, String backbone) {
        return new TrainingSpec(
                TaskType.TEXT_CLASSIFICATION,
                runtime,
                null,
                TrainingSpec.Data.local(TestData.shared("emails-spam-small.csv").toString(), DataFormat.CSV),
                new TrainingSpec.Columns("label", "text", null, "label", null, null, null, null, null, null, null),
                new TrainingSpec.Model(library, List.of(new ModelCandidate("linear", java.util.Map.of())), backbone),
                TrainingSpec.Training.DEFAULTS,
                List.of("f1_macro", "accuracy"),
                42);
    }
}
