package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.Feature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What several inspectors share: column shapes, class counts, minimum sizes and the report itself. */
final class Samples {
    static final int MIN_EXAMPLES = 10;
    static final int MIN_PER_CLASS = 2;

    private Samples() {}

    /** Columns whose cells are mostly prose: plain text (not JSON) of several words on average. */
    static List<String> textColumns(DatasetSample sample) {
        return sample.table().header().stream().filter(c -> isText(sample, c)).toList();
    }

    static boolean isText(DatasetSample sample, String column) {
        var declared = sample.feature(column).map(Feature::kind);
        if (declared.isPresent() && declared.get() != Feature.Kind.STRING) {
            return false;
        }
        List<String> cells = present(sample.column(column));
        if (cells.isEmpty() || cells.stream().anyMatch(c -> Cells.isArray(c) || Cells.isObject(c))) {
            return false;
        }
        double words = cells.stream().mapToInt(Cells::words).average().orElse(0);
        long numbers = cells.stream().filter(Samples::isNumber).count();
        return words >= 3 && numbers < cells.size() / 2;
    }

    /** Words rather than numbers or structures, however few per cell (a translation pair's short sentences). */
    static boolean isWords(DatasetSample sample, String column) {
        var declared = sample.feature(column).map(Feature::kind);
        if (declared.isPresent() && declared.get() != Feature.Kind.STRING) {
            return false;
        }
        List<String> cells = present(sample.column(column));
        return !cells.isEmpty()
                && cells.stream().noneMatch(c -> Cells.isArray(c) || Cells.isObject(c))
                && cells.stream().filter(Samples::isNumber).count() < cells.size() / 2.0;
    }

    /** Columns whose cells are JSON arrays (token lists, chat messages, tag sequences). */
    static List<String> arrayColumns(DatasetSample sample) {
        return sample.table().header().stream()
                .filter(c -> {
                    List<String> cells = present(sample.column(c));
                    return !cells.isEmpty() && cells.stream().allMatch(Cells::isArray);
                })
                .toList();
    }

    /** Columns that look like class labels: declared class labels, or few distinct short values. */
    static List<String> labelColumns(DatasetSample sample, List<String> exclude) {
        long rows = sample.table().rows().size();
        return sample.table().header().stream()
                .filter(c -> !exclude.contains(c))
                .filter(c -> {
                    if (sample.feature(c)
                            .map(f -> f.kind() == Feature.Kind.CLASS_LABEL)
                            .orElse(false)) {
                        return true;
                    }
                    List<String> cells = present(sample.column(c));
                    long distinct = cells.stream().distinct().count();
                    return !cells.isEmpty()
                            && distinct >= 2
                            && distinct <= Math.max(20, rows / 20)
                            && distinct < cells.size()
                            && cells.stream().noneMatch(v -> Cells.isArray(v) || Cells.isObject(v))
                            && cells.stream().mapToInt(Cells::words).average().orElse(0) < 4;
                })
                .toList();
    }

    /** Class counts, most frequent first; declared class ids become their names. */
    static Map<String, Long> classCounts(DatasetSample sample, String column) {
        List<String> names = sample.feature(column).map(Feature::classNames).orElse(List.of());
        Map<String, Long> counts = present(sample.column(column)).stream()
                .map(v -> className(names, v))
                .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
        return sorted(counts);
    }

    static String className(List<String> names, String value) {
        if (!names.isEmpty() && isNumber(value)) {
            int id = (int) Double.parseDouble(value.trim());
            if (id >= 0 && id < names.size()) {
                return names.get(id);
            }
        }
        return value.trim();
    }

    static Map<String, Long> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** At least two classes, and every class with enough examples to learn and test. */
    static void checkClasses(String column, Map<String, Long> classes, int minPerClass) {
        if (classes.size() < 2) {
            throw StageException.badInput("'" + column + "' has only one value ("
                    + classes.keySet().stream().findFirst().orElse("none") + "): a classifier needs at least two"
                    + " classes. Pick another column or add examples of the other classes.");
        }
        List<String> rare = classes.entrySet().stream()
                .filter(e -> e.getValue() < minPerClass)
                .map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")")
                .toList();
        if (!rare.isEmpty()) {
            throw StageException.badInput("Some classes of '" + column + "' have too few examples: "
                    + String.join(", ", rare.subList(0, Math.min(10, rare.size())))
                    + ". Each class needs at least " + minPerClass + ": add examples, or merge or remove the rare"
                    + " classes.");
        }
    }

    static void checkEnough(long examples, String what) {
        if (examples < MIN_EXAMPLES) {
            throw StageException.badInput("I found only " + examples + " " + what + "; I need at least " + MIN_EXAMPLES
                    + " to learn and test anything. Add more examples.");
        }
    }

    static List<String> present(List<String> cells) {
        return cells.stream().filter(c -> !Cells.blank(c)).toList();
    }

    static boolean isNumber(String value) {
        try {
            double d = Double.parseDouble(value.trim());
            return !Double.isNaN(d) && !Double.isInfinite(d);
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    static List<String> notes(DatasetSample sample) {
        List<String> notes = new ArrayList<>(sample.notes());
        long read = sample.table().rows().size();
        if (sample.table().totalRows() > read && read > 0) {
            notes.add("looked at the first " + read + " of " + sample.table().totalRows() + " rows");
        }
        return notes;
    }

    static DataReport report(
            DatasetSample sample,
            List<ColumnProfile> columns,
            String target,
            Map<String, Long> classes,
            List<String> notes,
            ColumnRoles roles,
            DataDetails details) {
        return new DataReport(
                sample.source().location(),
                sample.rowCount(),
                columns,
                target,
                classes,
                notes,
                sample.source(),
                roles,
                details);
    }
}
