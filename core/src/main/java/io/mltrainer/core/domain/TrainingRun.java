package io.mltrainer.core.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finished training run: where its outputs are, what it measured, and the run it was ({@code handle}: remote ids,
 * page, GPU time; null in builds stored before runs were monitored).
 */
public record TrainingRun(
        String runtime,
        String runId,
        String outputDir,
        Map<String, Double> metrics,
        String bestModel,
        Map<String, Double> cvScores,
        List<String> labels,
        long durationMs,
        RunHandle handle)
        implements StageResult {
    public TrainingRun {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(outputDir, "outputDir");
        metrics = Map.copyOf(metrics);
        cvScores = cvScores == null ? Map.of() : Map.copyOf(cvScores);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** A run without its handle (tests, builds stored before runs were monitored). */
    public TrainingRun(
            String runtime,
            String runId,
            String outputDir,
            Map<String, Double> metrics,
            String bestModel,
            Map<String, Double> cvScores,
            List<String> labels,
            long durationMs) {
        this(runtime, runId, outputDir, metrics, bestModel, cvScores, labels, durationMs, null);
    }

    @Override
    public Stage stage() {
        return Stage.TRAIN;
    }
}
