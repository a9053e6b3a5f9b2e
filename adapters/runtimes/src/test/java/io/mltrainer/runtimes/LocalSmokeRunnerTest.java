package io.mltrainer.runtimes;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.agents.codegen.Templates;
import io.mltrainer.core.agents.codegen.TrainingCode;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.port.out.SmokeRun;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A smoke run passes a working script, reports a broken one in its own words, and skips what cannot run here. */
class LocalSmokeRunnerTest {
    private final LocalSmokeRunner smoke =
            new LocalSmokeRunner(new PythonLocator("/usr/bin/python3"), Duration.ofMinutes(2));

    @Test
    void passes_a_generated_classical_script() {
        var files = new TrainingCode(new Templates()).render(LocalRuntimeTest.spec(RuntimeKind.LOCAL, "sklearn", null));

        assertThat(smoke.run(
                        code(files), TestData.shared("emails-spam-small.csv").toString()))
                .isInstanceOf(SmokeRun.Passed.class);
    }

    @Test
    void reports_the_error_and_where_it_happened() {
        var files = List.of(
                new GeneratedFile(
                        "train.py", "import sys\n\ndef main():\n    raise ValueError('no column text')\n\nmain()\n"),
                new GeneratedFile("requirements.txt", ""));

        SmokeRun run = smoke.run(code(files));

        assertThat(run)
                .isInstanceOfSatisfying(
                        SmokeRun.Failed.class,
                        failed -> assertThat(failed.problem())
                                .contains("ValueError: no column text")
                                .contains("line 4"));
    }

    @Test
    void skips_a_script_whose_libraries_this_machine_lacks() {
        var files = new TrainingCode(new Templates())
                .render(LocalRuntimeTest.spec(RuntimeKind.LOCAL, "transformers", "distilbert-base-uncased"));

        assertThat(smoke.run(code(files)))
                .isInstanceOfSatisfying(
                        SmokeRun.Skipped.class,
                        skipped -> assertThat(skipped.reason()).contains("transformers"));
    }

    private static GeneratedCode code(List<GeneratedFile> files) {
        return new GeneratedCode("/nowhere", "train.py", files);
    }
}
