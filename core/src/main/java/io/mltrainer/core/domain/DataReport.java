package io.mltrainer.core.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dataset stage found: shape, column profiles, the chosen target and, for classification, the class
 * counts (most frequent first). {@code source} says where and in which format the data is read on the runtime,
 * {@code roles} which columns play which part, {@code details} what is specific to the task's modality (null for
 * reports written before modalities existed).
 */
public record DataReport(
        String path,
        long rows,
        List<ColumnProfile> columns,
        String target,
        Map<String, Long> classCounts,
        List<String> notes,
        DataSource source,
        ColumnRoles roles,
        DataDetails details)
        implements StageResult {
    public DataReport {
        Objects.requireNonNull(path, "path");
        columns = List.copyOf(columns);
        classCounts = classCounts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(classCounts));
        notes = notes == null ? List.of() : List.copyOf(notes);
        source = source == null ? DataSource.local(path, DataFormat.CSV) : source;
        roles = roles == null ? ColumnRoles.target(target) : roles;
    }

    public DataReport(
            String path,
            long rows,
            List<ColumnProfile> columns,
            String target,
            Map<String, Long> classCounts,
            List<String> notes) {
        this(path, rows, columns, target, classCounts, notes, null, null, null);
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

    /** One line: what it is and how big ("150 rows, 5 columns (local csv); target `species`"). */
    public String headline() {
        String where = source.kind().name().toLowerCase(Locale.ROOT) + " "
                + source.format().id();
        String size = details instanceof DataDetails.Images i ? i.images() + " images" : rows + " rows";
        return size + ", " + columns.size() + " columns (" + where + ")" + roleNames();
    }

    private String roleNames() {
        List<String> parts = new ArrayList<>();
        addRole(parts, "text", roles.text());
        addRole(parts, "label", roles.label());
        addRole(parts, "image", roles.image());
        addRole(parts, "time", roles.time());
        addRole(parts, "series", roles.series());
        addRole(parts, "target", roles.target());
        return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
    }

    private static void addRole(List<String> parts, String role, String column) {
        if (column != null) {
            parts.add(role + " `" + column + "`");
        }
    }
}
