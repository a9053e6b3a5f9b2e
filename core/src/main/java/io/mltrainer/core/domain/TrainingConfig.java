package io.mltrainer.core.domain;

import java.util.List;

/**
 * Training settings the generated script uses. {@code cvFolds} is 0 when the model is checked on a held-out split
 * instead of by cross-validation; {@code metrics} are the lower-snake-case names the script reports (the primary
 * one first); {@code horizon} is the forecast length; {@code neural} holds the numbers of a neural run (null for
 * classical models).
 */
public record TrainingConfig(
        int cvFolds,
        String primaryMetric,
        long timeLimitSeconds,
        List<String> metrics,
        Integer horizon,
        NeuralSettings neural)
        implements StageResult {
    public TrainingConfig {
        if (cvFolds != 0 && cvFolds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + cvFolds);
        }
        if (timeLimitSeconds <= 0) {
            throw new IllegalArgumentException("time limit must be positive: " + timeLimitSeconds);
        }
        metrics = metrics == null || metrics.isEmpty() ? List.of(primaryMetric) : List.copyOf(metrics);
    }

    public TrainingConfig(int cvFolds, String primaryMetric, long timeLimitSeconds) {
        this(cvFolds, primaryMetric, timeLimitSeconds, null, null, null);
    }

    @Override
    public Stage stage() {
        return Stage.CONFIG;
    }
}
