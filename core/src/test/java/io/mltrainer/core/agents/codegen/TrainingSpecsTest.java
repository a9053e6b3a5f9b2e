package io.mltrainer.core.agents.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.testing.Intents;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plans in the planner's words become specs in the templates' words. */
class TrainingSpecsTest {
    @Test
    void planned_kinds_become_the_templates_kinds_with_their_parameters() {
        TrainingSpec spec =
                TrainingSpecs.from(Planned.build(Intents.of(TaskType.TEXT_CLASSIFICATION, "r.csv"), Planned.reviews()));

        assertThat(spec.model().library()).isEqualTo("sklearn");
        assertThat(spec.model().candidates()).extracting(ModelCandidate::kind).containsExactly("linear", "linear_svm");
        assertThat(spec.model().candidates().get(0).params())
                .containsEntry("ngram_max", 2.0)
                .containsKey("C");
        assertThat(spec.columns().text()).isEqualTo("text");
        assertThat(spec.columns().label()).isEqualTo("label");
        assertThat(spec.data().format()).isEqualTo(DataFormat.CSV);
        assertThat(spec.metrics()).startsWith("f1_macro");
        assertThat(spec.runtime()).isEqualTo(RuntimeKind.LOCAL);
    }

    @Test
    void forecasting_settings_move_to_the_run_and_the_baseline_is_the_templates_own() {
        TrainingSpec spec = TrainingSpecs.from(
                Planned.build(Intents.of(TaskType.TIME_SERIES_FORECASTING, "m.csv"), Planned.months()));

        assertThat(spec.model().candidates())
                .extracting(ModelCandidate::kind)
                .containsExactly("hist_gradient_boosting");
        assertThat(spec.model().candidates().get(0).params()).doesNotContainKey("lags");
        assertThat(spec.training().lags()).isPositive();
        assertThat(spec.training().season()).isEqualTo(12);
        assertThat(spec.training().horizon()).isPositive();
        assertThat(spec.columns().time()).isEqualTo("date");
        assertThat(spec.columns().target()).isEqualTo("sales");
    }

    @Test
    void clustering_takes_its_range_of_k_from_the_plan() {
        TrainingSpec spec =
                TrainingSpecs.from(Planned.build(Intents.of(TaskType.CLUSTERING, "f.csv"), Planned.flowers()));

        assertThat(spec.training().minClusters()).isEqualTo(2);
        assertThat(spec.training().maxClusters()).isGreaterThanOrEqualTo(3);
        assertThat(spec.model().candidates()).containsExactly(new ModelCandidate("kmeans", Map.of("n_init", 10.0)));
        assertThat(spec.columns().numeric()).isNotEmpty();
    }

    @Test
    void a_neural_plan_carries_its_backbone_and_numbers() {
        TrainingSpec spec = TrainingSpecs.from(
                Planned.build(Intents.of(TaskType.LLM_FINETUNING, "c.jsonl").on(RuntimeKind.KAGGLE), Planned.chats()));

        assertThat(spec.model().backbone()).isNotBlank();
        assertThat(spec.model().library()).isEqualTo("peft");
        assertThat(spec.training().fineTuning()).isIn(FineTuning.LORA, FineTuning.QLORA);
        assertThat(spec.training().epochs()).isPositive();
        assertThat(spec.training().loraRank()).isPositive();
        assertThat(spec.accelerator()).isEqualTo("T4");
        assertThat(spec.columns().text()).isEqualTo("messages");
    }

    @Test
    void kinds_lose_their_family_prefix_and_take_the_templates_names() {
        assertThat(TrainingSpecs.kind("tfidf_logistic_regression")).isEqualTo("linear");
        assertThat(TrainingSpecs.kind("pixels_ridge")).isEqualTo("linear");
        assertThat(TrainingSpecs.kind("lag_gradient_boosting")).isEqualTo("hist_gradient_boosting");
        assertThat(TrainingSpecs.kind("tfidf_linear_svc")).isEqualTo("linear_svm");
        assertThat(TrainingSpecs.kind("random_forest")).isEqualTo("random_forest");
    }
}
