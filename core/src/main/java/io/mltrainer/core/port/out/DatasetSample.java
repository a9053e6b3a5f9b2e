package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.DataSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bounded look at a dataset: where and how it is stored, a table of text cells (nested JSON values kept as JSON
 * text; {@code table.totalRows()} counts every row at the source, or -1 when unknown), the declared schema when the
 * host has one, the image files found with their sizes, and notes for the report.
 */
public record DatasetSample(
        DataSource source, RawTable table, List<Feature> features, List<ImageFile> images, List<String> notes) {
    public DatasetSample {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
        features = features == null ? List.of() : List.copyOf(features);
        images = images == null ? List.of() : List.copyOf(images);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static DatasetSample ofTable(DataSource source, RawTable table) {
        return new DatasetSample(source, table, List.of(), List.of(), List.of());
    }

    public Optional<Feature> feature(String column) {
        return features.stream().filter(f -> f.name().equals(column)).findFirst();
    }

    /** One column's cells, in row order (null where a row is short). */
    public List<String> column(String name) {
        int index = table.header().indexOf(name);
        if (index < 0) {
            return List.of();
        }
        return table.rows().stream()
                .map(row -> index < row.size() ? row.get(index) : null)
                .toList();
    }

    /** All rows at the source, or the rows read when the source did not say. */
    public long rowCount() {
        return table.totalRows() >= 0 ? table.totalRows() : table.rows().size();
    }
}
