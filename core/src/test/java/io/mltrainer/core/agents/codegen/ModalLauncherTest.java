package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Modal launcher: detached spawn with printed ids, a folder per build, GPUs only where they are used. */
class ModalLauncherTest {
    private static final TrainingCode CODE = new TrainingCode(new Templates());

    private static String launcher(TrainingSpec spec) {
        return CODE.render(spec).stream()
                .filter(f -> f.path().equals(TrainingCode.MODAL_LAUNCHER))
                .map(GeneratedFile::content)
                .findFirst()
                .orElseThrow();
    }

    private static TrainingSpec withTimeLimit(TrainingSpec spec, long seconds) {
        TrainingSpec.Training t = spec.training();
        TrainingSpec.Training limited = new TrainingSpec.Training(
                t.epochs(),
                t.batchSize(),
                t.gradientAccumulation(),
                t.learningRate(),
                t.precision(),
                t.maxLength(),
                t.imageSize(),
                t.maxSteps(),
                t.fineTuning(),
                t.loraRank(),
                t.gradientCheckpointing(),
                t.cvFolds(),
                t.horizon(),
                t.lags(),
                t.season(),
                t.minClusters(),
                t.maxClusters(),
                seconds);
        return new TrainingSpec(
                spec.task(),
                spec.runtime(),
                spec.accelerator(),
                spec.data(),
                spec.columns(),
                spec.model(),
                limited,
                spec.metrics(),
                spec.seed());
    }

    private static TrainingSpec onGpu(TrainingSpec spec, String accelerator) {
        return new TrainingSpec(
                spec.task(),
                spec.runtime(),
                accelerator,
                spec.data(),
                spec.columns(),
                spec.model(),
                spec.training(),
                spec.metrics(),
                spec.seed());
    }

    @ParameterizedTest
    @EnumSource(
            value = TaskType.class,
            names = {"TABULAR_CLASSIFICATION", "TABULAR_REGRESSION", "TIME_SERIES_FORECASTING", "CLUSTERING"})
    void cpu_only_task_types_rent_no_gpu(TaskType task) {
        String launcher = launcher(onGpu(Specs.of(task, RuntimeKind.MODAL), "A100"));

        assertThat(launcher)
                .containsPattern("(?m)^GPU = None$")
                .contains("(CPUs only)")
                .doesNotContain("A100");
    }

    @Test
    void a_fine_tuning_gets_the_planned_gpu() {
        TrainingSpec spec = onGpu(Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.MODAL), "A100");

        assertThat(launcher(spec)).containsPattern("(?m)^GPU = \"A100\"$").contains("(A100 GPU)");
    }

    @Test
    void the_function_timeout_never_exceeds_a_day() {
        TrainingSpec hour = withTimeLimit(Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.MODAL), 3_600);
        TrainingSpec week = withTimeLimit(Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.MODAL), 604_800);

        assertThat(launcher(hour)).containsPattern("(?m)^TIMEOUT_SECONDS = 4200$");
        assertThat(launcher(week)).containsPattern("(?m)^TIMEOUT_SECONDS = 86400$");
    }

    @Test
    void the_entrypoint_spawns_the_run_and_prints_its_ids_for_a_detached_launch() {
        String launcher = launcher(Specs.of(TaskType.TEXT_CLASSIFICATION, RuntimeKind.MODAL));

        assertThat(launcher)
                .contains("call = train.spawn(smoke=smoke, run_folder=run_folder)")
                .contains("print(\"MLTRAINER_MODAL \" + json.dumps(ids), flush=True)")
                .contains("\"app_id\": app.app_id, \"call_id\": call.object_id")
                .contains("def main(smoke: bool = False, run_folder: str = DEFAULT_RUN_FOLDER, wait: bool = True)")
                .doesNotContain(".remote(");
    }

    @Test
    void outputs_go_to_the_run_folder_of_the_volume_and_are_committed() {
        String launcher = launcher(Specs.of(TaskType.SUMMARIZATION, RuntimeKind.MODAL));

        assertThat(launcher)
                .contains("VOLUME_NAME = \"mltrainer-outputs\"")
                .contains("argv = [\"--out\", OUTPUTS + \"/\" + run_folder]")
                .contains("on_checkpoint=outputs.commit")
                .containsPattern("finally:\\s+# [^\\n]*\\n\\s+outputs.commit\\(\\)");
    }
}
