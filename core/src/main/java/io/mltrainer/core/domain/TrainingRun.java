package io.mltrainer.core.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A finished training run: where its outputs are and what it measured. */
public record TrainingRun(
        String runtime,
        String runId,
        String outputDir,
        Map<String, Double> metrics,
        String bestModel,
        Map<String, Double> cvScores,
        List<String> labels,
        long durationMs)
        implements StageResult {
    public TrainingRun {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(outputDir, "outputDir");
        metrics = Map.copyOf(metrics);
        cvScores = cvScores == null ? Map.of() : Map.copyOf(cvScores);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    @Override
    public Stage stage() {
        return Stage.TRAIN;
    }
}
