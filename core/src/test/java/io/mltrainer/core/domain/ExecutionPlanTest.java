package io.mltrainer.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExecutionPlanTest {
    private static final List<Stage> FULL = List.of(Stage.values());

    @ParameterizedTest
    @EnumSource(
            value = TaskType.class,
            names = {"LLM_FINETUNING", "CLUSTERING"},
            mode = EnumSource.Mode.EXCLUDE)
    void ten_task_types_run_the_full_plan(TaskType type) {
        assertThat(ExecutionPlan.forType(type).stages()).containsExactlyElementsOf(FULL);
    }

    @Test
    void llm_finetuning_has_no_preprocess_stage() {
        assertThat(ExecutionPlan.forType(TaskType.LLM_FINETUNING).stages())
                .containsExactly(
                        Stage.INTENT,
                        Stage.DATASET,
                        Stage.CONFIG,
                        Stage.ARCHITECTURE,
                        Stage.CODEGEN,
                        Stage.TRAIN,
                        Stage.DEPLOY);
    }

    @Test
    void clustering_is_kept_like_any_model() {
        assertThat(ExecutionPlan.forType(TaskType.CLUSTERING).stages())
                .containsExactly(
                        Stage.INTENT,
                        Stage.DATASET,
                        Stage.PREPROCESS,
                        Stage.CONFIG,
                        Stage.ARCHITECTURE,
                        Stage.CODEGEN,
                        Stage.TRAIN,
                        Stage.DEPLOY);
    }

    @Test
    void there_are_thirteen_task_types_with_snake_case_ids() {
        assertThat(TaskType.values()).hasSize(13);
        assertThat(TaskType.fromId("time-series forecasting")).isEqualTo(TaskType.TIME_SERIES_FORECASTING);
        assertThat(TaskType.fromId("TABULAR_REGRESSION")).isEqualTo(TaskType.TABULAR_REGRESSION);
    }

    @Test
    void an_unknown_task_type_is_an_error_never_a_default() {
        assertThatThrownBy(() -> TaskType.fromId("image_segmentation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown task type 'image_segmentation'")
                .hasMessageContaining("tabular_classification");
        assertThatThrownBy(() -> TaskType.fromId(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExecutionPlan.forType(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void job_status_allows_only_its_transitions() {
        assertThat(JobStatus.SUCCEEDED.next()).isEmpty();
        assertThat(JobStatus.FAILED.next()).containsExactly(JobStatus.QUEUED);
        assertThat(JobStatus.CANCELLED.next()).containsExactly(JobStatus.QUEUED);
        assertThat(JobStatus.INTAKE.next()).isEqualTo(EnumSet.of(JobStatus.QUEUED, JobStatus.CANCELLED));
        assertThat(JobStatus.RUNNING.canMoveTo(JobStatus.AWAITING_RUN)).isTrue();
        assertThat(JobStatus.AWAITING_RUN.canMoveTo(JobStatus.RUNNING)).isTrue();
        assertThat(JobStatus.QUEUED.canMoveTo(JobStatus.SUCCEEDED)).isFalse();
    }
}
