package io.mltrainer.core.domain;

/** Training settings the generated script uses. */
public record TrainingConfig(int cvFolds, String primaryMetric, long timeLimitSeconds) implements StageResult {
    public TrainingConfig {
        if (cvFolds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + cvFolds);
        }
        if (timeLimitSeconds <= 0) {
            throw new IllegalArgumentException("time limit must be positive: " + timeLimitSeconds);
        }
    }

    @Override
    public Stage stage() {
        return Stage.CONFIG;
    }
}
