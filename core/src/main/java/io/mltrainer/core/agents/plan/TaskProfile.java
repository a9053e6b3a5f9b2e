package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.TaskType;
import java.util.List;

/**
 * What a task type trains with by default: its metrics (the primary one first, lower snake case as the scripts
 * report them), and for neural runs the epochs, learning rate and effective batch that usually work.
 */
public record TaskProfile(List<String> metrics, int epochs, double learningRate, int effectiveBatch) {
    public TaskProfile {
        metrics = List.copyOf(metrics);
    }

    public String primaryMetric() {
        return metrics.get(0);
    }

    public static TaskProfile of(TaskType type) {
        return switch (type) {
            case TABULAR_CLASSIFICATION, TEXT_CLASSIFICATION, IMAGE_CLASSIFICATION ->
                new TaskProfile(
                        List.of("f1_macro", "accuracy"), type == TaskType.IMAGE_CLASSIFICATION ? 5 : 3, 3e-5, 32);
            case TABULAR_REGRESSION, IMAGE_REGRESSION -> new TaskProfile(List.of("r2", "rmse", "mae"), 5, 5e-5, 32);
            case OBJECT_DETECTION -> new TaskProfile(List.of("map"), 20, 1e-4, 8);
            case TOKEN_CLASSIFICATION -> new TaskProfile(List.of("seqeval_f1"), 3, 3e-5, 16);
            case SUMMARIZATION -> new TaskProfile(List.of("rouge_l"), 3, 5e-5, 16);
            case TRANSLATION -> new TaskProfile(List.of("bleu", "chrf"), 3, 5e-5, 32);
            case TEXT_GENERATION -> new TaskProfile(List.of("perplexity", "eval_loss"), 3, 5e-5, 16);
            case LLM_FINETUNING -> new TaskProfile(List.of("eval_loss", "perplexity"), 2, 2e-4, 16);
            case TIME_SERIES_FORECASTING -> new TaskProfile(List.of("mase", "smape"), 1, 0.05, 1);
            case CLUSTERING -> new TaskProfile(List.of("silhouette"), 1, 0, 1);
        };
    }
}
