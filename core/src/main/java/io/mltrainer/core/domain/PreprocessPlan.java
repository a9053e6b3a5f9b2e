package io.mltrainer.core.domain;

import java.util.List;
import java.util.stream.Stream;

/**
 * How raw columns become features, and how the data is split. {@code steps} says in words what happens to non-tabular
 * inputs ("TF-IDF on `text`: word 1–2-grams", "resize images to 224×224").
 */
public record PreprocessPlan(
        List<String> numeric,
        List<String> categorical,
        List<String> dates,
        List<DroppedColumn> dropped,
        double testSize,
        long seed,
        boolean stratify,
        List<String> steps)
        implements StageResult {
    public PreprocessPlan {
        numeric = List.copyOf(numeric);
        categorical = List.copyOf(categorical);
        dates = List.copyOf(dates);
        dropped = List.copyOf(dropped);
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (testSize <= 0 || testSize >= 1) {
            throw new IllegalArgumentException("test size must be between 0 and 1: " + testSize);
        }
    }

    public PreprocessPlan(
            List<String> numeric,
            List<String> categorical,
            List<String> dates,
            List<DroppedColumn> dropped,
            double testSize,
            long seed,
            boolean stratify) {
        this(numeric, categorical, dates, dropped, testSize, seed, stratify, List.of());
    }

    public List<String> featureColumns() {
        return Stream.of(numeric, categorical, dates).flatMap(List::stream).toList();
    }

    @Override
    public Stage stage() {
        return Stage.PREPROCESS;
    }
}
