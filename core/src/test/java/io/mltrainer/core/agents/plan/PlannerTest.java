package io.mltrainer.core.agents.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.agents.dataset.Inspectors;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.Hyperparameters;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskPlan;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.testing.Intents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans fit the runtime's hardware; the user's explicit choices win within bounds and are refused with a reason. */
class PlannerTest {
    private final Planner planner = new Planner(Catalogue.load(), 1800);

    private static DatasetSample sample(
            List<String> header, long total, java.util.function.IntFunction<List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row.apply(i));
        }
        return DatasetSample.ofTable(
                DataSource.local("/d/x.jsonl", DataFormat.JSONL), new RawTable(header, rows, total));
    }

    private static DatasetSample reviews(long total) {
        return sample(
                List.of("text", "label"),
                total,
                i -> List.of(
                        "this film was a wonderful surprise and the actors were great " + i,
                        i % 2 == 0 ? "pos" : "neg"));
    }

    private static DatasetSample chats(long total) {
        return sample(
                List.of("messages"),
                total,
                i -> List.of("[{\"role\":\"user\",\"content\":\"how do I bake bread"
                        + " at home " + i
                        + "\"},{\"role\":\"assistant\",\"content\":\"mix flour water salt and yeast then"
                        + " wait and bake it\"}]"));
    }

    private TaskPlan plan(Intents intents, DatasetSample sample) {
        var intent = intents.intent();
        var data = Inspectors.of(intent.taskType()).inspect(sample, intent);
        return planner.plan(intent, data);
    }

    @Test
    void text_classification_on_the_cpu_is_tfidf_with_linear_models() {
        TaskPlan plan = plan(Intents.of(TaskType.TEXT_CLASSIFICATION, "x.csv"), reviews(40));

        assertThat(plan.architecture().candidates())
                .extracting(ModelCandidate::kind)
                .containsExactly("tfidf_logistic_regression", "tfidf_linear_svc");
        assertThat(plan.architecture().library()).isEqualTo("sklearn");
        assertThat(plan.config().cvFolds()).isBetween(2, 5);
        assertThat(plan.config().metrics()).containsExactly("f1_macro", "accuracy");
        assertThat(plan.preprocess().steps()).anyMatch(s -> s.startsWith("TF-IDF on `text`"));
        assertThat(plan.architecture().estimate().accelerator()).isEqualTo("cpu");
        assertThat(plan.architecture().estimate().costUsd()).isNull();
    }

    @Test
    void the_same_request_on_kaggle_fine_tunes_a_catalogue_backbone_in_fp16_on_a_t4() {
        TaskPlan plan = plan(Intents.of(TaskType.TEXT_CLASSIFICATION, "x.csv").on(RuntimeKind.KAGGLE), reviews(5000));

        assertThat(plan.architecture().backbone().id()).isEqualTo("roberta-base");
        assertThat(plan.architecture().backbone().catalogueVersion())
                .isEqualTo(planner.catalogue().version());
        var neural = plan.config().neural();
        assertThat(neural.precision()).isEqualTo(Precision.FP16);
        assertThat(neural.effectiveBatch()).isGreaterThanOrEqualTo(32);
        assertThat(neural.maxLength()).isEqualTo(32);
        var estimate = plan.architecture().estimate();
        assertThat(estimate.accelerator()).isEqualTo("T4");
        assertThat(estimate.quotaHours()).isPositive();
        assertThat(estimate.peakMemoryGb()).isLessThan(16);
    }

    @Test
    void modal_picks_the_accelerator_with_the_lowest_cost_and_prices_it() {
        TaskPlan plan = plan(Intents.of(TaskType.LLM_FINETUNING, "x.jsonl").on(RuntimeKind.MODAL), chats(20_000));

        var estimate = plan.architecture().estimate();
        assertThat(estimate.costUsd()).isPositive();
        assertThat(estimate.assumptions()).anyMatch(a -> a.startsWith("Modal " + estimate.accelerator() + " at $"));
        assertThat(plan.config().neural().fineTuning()).isEqualTo(FineTuning.LORA);
        assertThat(plan.architecture().library()).isEqualTo("peft");
    }

    @Test
    void a_70b_full_fine_tune_on_a_t4_is_refused_with_the_reason_and_an_alternative() {
        var intents = Intents.of(TaskType.LLM_FINETUNING, "x.jsonl")
                .on(RuntimeKind.MODAL, "T4")
                .model("meta-llama/Llama-3.1-70B", FineTuning.FULL);

        assertThatThrownBy(() -> plan(intents, chats(1000))).isInstanceOfSatisfying(StageException.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT);
            assertThat(e.getMessage())
                    .startsWith("A full fine-tune of meta-llama/Llama-3.1-70B (70.0B parameters) needs about")
                    .contains("a T4 has 16 GB")
                    .contains("Instead:");
        });
    }

    @Test
    void qlora_makes_a_7b_model_fit_a_t4() {
        TaskPlan plan = plan(
                Intents.of(TaskType.LLM_FINETUNING, "x.jsonl")
                        .on(RuntimeKind.KAGGLE)
                        .model("Qwen/Qwen2.5-7B-Instruct", FineTuning.QLORA),
                chats(1000));

        assertThat(plan.config().neural().fineTuning()).isEqualTo(FineTuning.QLORA);
        assertThat(plan.config().neural().loraRank()).isEqualTo(16);
        assertThat(plan.config().neural().gradientCheckpointing()).isTrue();
        assertThat(plan.architecture().estimate().peakMemoryGb()).isLessThan(16 * 0.9);
    }

    @Test
    void qwen_and_t5_train_in_fp32_on_a_t4_and_in_bf16_where_the_card_has_it() {
        var qwen = Intents.of(TaskType.LLM_FINETUNING, "x.jsonl").model("Qwen/Qwen2.5-0.5B-Instruct", FineTuning.LORA);
        var llama = Intents.of(TaskType.LLM_FINETUNING, "x.jsonl").model("meta-llama/Llama-3.2-1B", FineTuning.LORA);
        var t5 = Intents.of(TaskType.TEXT_CLASSIFICATION, "x.csv").model("google/flan-t5-small", null);

        assertThat(plan(qwen.on(RuntimeKind.KAGGLE), chats(1000))
                        .config()
                        .neural()
                        .precision())
                .as("fp16 overflows in Qwen: NaN losses")
                .isEqualTo(Precision.FP32);
        assertThat(plan(t5.on(RuntimeKind.KAGGLE), reviews(1000))
                        .config()
                        .neural()
                        .precision())
                .isEqualTo(Precision.FP32);
        assertThat(plan(qwen.on(RuntimeKind.MODAL, "A10G"), chats(1000))
                        .config()
                        .neural()
                        .precision())
                .isEqualTo(Precision.BF16);
        assertThat(plan(t5.on(RuntimeKind.MODAL, "L4"), reviews(1000))
                        .config()
                        .neural()
                        .precision())
                .isEqualTo(Precision.BF16);
        assertThat(plan(llama.on(RuntimeKind.KAGGLE), chats(1000))
                        .config()
                        .neural()
                        .precision())
                .isEqualTo(Precision.FP16);
    }

    @Test
    void choices_the_hardware_cannot_honour_are_refused_by_name() {
        var text = Intents.of(TaskType.TEXT_CLASSIFICATION, "x.csv");

        assertThatThrownBy(() -> plan(text.on(RuntimeKind.KAGGLE).precision(Precision.BF16), reviews(100)))
                .hasMessageStartingWith("A T4 has no bf16 support. Use fp16 on it");
        assertThatThrownBy(() -> plan(text.on(RuntimeKind.LOCAL, "A100"), reviews(100)))
                .hasMessageStartingWith("The local runtime trains on this machine's CPU, not on a A100");
        assertThatThrownBy(() -> plan(text.on(RuntimeKind.KAGGLE, "H100"), reviews(100)))
                .hasMessageStartingWith("Kaggle's GPU is a T4, not a H100");
        assertThatThrownBy(() ->
                        plan(Intents.of(TaskType.LLM_FINETUNING, "x.jsonl").model(null, FineTuning.QLORA), chats(100)))
                .hasMessageStartingWith("QLoRA needs a CUDA GPU");
    }

    @Test
    void the_users_batch_and_epochs_win_with_accumulation_where_memory_is_short() {
        TaskPlan plan = plan(
                Intents.of(TaskType.TEXT_CLASSIFICATION, "x.csv")
                        .on(RuntimeKind.KAGGLE)
                        .hyperparameters(new Hyperparameters(4, 256, 1e-5, null)),
                reviews(1000));

        var neural = plan.config().neural();
        assertThat(neural.epochs()).isEqualTo(4);
        assertThat(neural.learningRate()).isEqualTo(1e-5);
        assertThat(neural.batchSize()).isLessThanOrEqualTo(64);
        assertThat(neural.effectiveBatch()).isEqualTo(256);
    }

    @Test
    void a_run_longer_than_kaggles_weekly_quota_is_refused() {
        var intents = Intents.of(TaskType.LLM_FINETUNING, "x.jsonl")
                .on(RuntimeKind.KAGGLE)
                .hyperparameters(new Hyperparameters(50, null, null, null));

        assertThatThrownBy(() -> plan(intents, chats(2_000_000)))
                .hasMessageContaining("more than Kaggle's weekly quota of 30");
    }

    @Test
    void a_model_of_unknown_size_is_refused_with_the_catalogue_choices() {
        assertThatThrownBy(() -> plan(
                        Intents.of(TaskType.TEXT_CLASSIFICATION, "x.csv")
                                .on(RuntimeKind.KAGGLE)
                                .model("someone/mystery-model", null),
                        reviews(100)))
                .hasMessageContaining("I do not know how big someone/mystery-model is")
                .hasMessageContaining("roberta-base");
    }

    @Test
    void the_catalogue_is_versioned_and_covers_every_neural_task() {
        Catalogue catalogue = Catalogue.load();

        assertThat(catalogue.version()).matches("\\d{4}\\.\\d{2}\\.\\d+");
        for (TaskType type : List.of(
                TaskType.TEXT_CLASSIFICATION,
                TaskType.IMAGE_CLASSIFICATION,
                TaskType.IMAGE_REGRESSION,
                TaskType.OBJECT_DETECTION,
                TaskType.TOKEN_CLASSIFICATION,
                TaskType.SUMMARIZATION,
                TaskType.TRANSLATION,
                TaskType.TEXT_GENERATION,
                TaskType.LLM_FINETUNING)) {
            assertThat(catalogue.backbones(type, "en")).as(type.id()).isNotEmpty();
            assertThat(catalogue.backbones(type, "de")).as(type.id()).isNotEmpty();
        }
    }
}
