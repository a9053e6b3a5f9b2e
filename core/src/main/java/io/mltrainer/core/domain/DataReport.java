package io.mltrainer.core.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dataset stage found: shape, column profiles, the chosen target and, for classification, the class
 * counts (most frequent first).
 */
public record DataReport(
        String path,
        long rows,
        List<ColumnProfile> columns,
        String target,
        Map<String, Long> classCounts,
        List<String> notes)
        implements StageResult {
    public DataReport {
        Objects.requireNonNull(path, "path");
        columns = List.copyOf(columns);
        classCounts = classCounts == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(classCounts));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Optional<ColumnProfile> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<ColumnProfile> features() {
        return columns.stream().filter(c -> !c.name().equals(target)).toList();
    }

    @Override
    public Stage stage() {
        return Stage.DATASET;
    }
}
