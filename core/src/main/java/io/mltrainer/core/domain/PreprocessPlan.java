package io.mltrainer.core.domain;

import java.util.List;

/** How raw columns become features, and how the data is split. */
public record PreprocessPlan(
        List<String> numeric,
        List<String> categorical,
        List<String> dates,
        List<DroppedColumn> dropped,
        double testSize,
        long seed,
        boolean stratify)
        implements StageResult {
    public PreprocessPlan {
        numeric = List.copyOf(numeric);
        categorical = List.copyOf(categorical);
        dates = List.copyOf(dates);
        dropped = List.copyOf(dropped);
        if (testSize <= 0 || testSize >= 1) {
            throw new IllegalArgumentException("test size must be between 0 and 1: " + testSize);
        }
    }

    public List<String> featureColumns() {
        return java.util.stream.Stream.of(numeric, categorical, dates)
                .flatMap(List::stream)
                .toList();
    }

    @Override
    public Stage stage() {
        return Stage.PREPROCESS;
    }
}
