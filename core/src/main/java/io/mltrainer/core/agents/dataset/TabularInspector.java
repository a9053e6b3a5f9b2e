package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnNote;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.RawTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table with a target: the target exists and has values, regression predicts numbers, classes have enough rows.
 * Reports suspected leaks (ids, copies of the target) and columns with many missing values.
 */
final class TabularInspector implements Inspector {
    static final int MIN_ROWS = 10;
    static final int MIN_PER_CLASS = 4;
    private static final double MANY_MISSING = 0.3;

    @Override
    public DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        RawTable table = sample.table();
        String target = intent.dataset().target();
        if (target == null) {
            throw StageException.question(
                    QuestionSlot.TARGET,
                    "Which column should I predict? Candidates: " + String.join(", ", table.header()) + ".",
                    table.header());
        }
        target = ColumnChoice.named(target, table.header(), "the target");
        int index = table.header().indexOf(target);
        ColumnProfile profile = columns.get(index);
        List<String> values = DataProfiler.column(table, index).stream()
                .filter(v -> !DataProfiler.isMissing(v))
                .map(String::trim)
                .toList();
        if (values.size() < MIN_ROWS) {
            throw StageException.badInput("'" + target + "' has " + values.size() + " usable rows; I need at least "
                    + MIN_ROWS + " rows with a value to learn anything.");
        }
        List<String> notes = Samples.notes(sample);
        int missing = table.rows().size() - values.size();
        if (missing > 0) {
            notes.add(missing + " rows without a " + target + " are left out");
        }
        Map<String, Long> classes = Map.of();
        if (intent.taskType() == TaskType.TABULAR_REGRESSION) {
            checkNumeric(profile, columns);
        } else {
            classes = Samples.sorted(
                    values.stream().collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting())));
            checkClasses(target, classes, values.size());
        }
        if (columns.size() < 2) {
            throw StageException.badInput(
                    "The data has only the column '" + target + "'; I need other columns to predict it from.");
        }
        DataDetails details = new DataDetails.Tabular(leaks(table, columns, index), missing(columns));
        return new DataReport(
                sample.source().location(),
                table.totalRows(),
                columns,
                target,
                classes,
                notes,
                sample.source(),
                ColumnRoles.target(target),
                details);
    }

    /** Ids (unique per row) and columns that hold the target itself, or a one-to-one recoding of it. */
    static List<ColumnNote> leaks(RawTable table, List<ColumnProfile> columns, int target) {
        List<String> targetValues = DataProfiler.column(table, target);
        List<ColumnNote> leaks = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (c == target) {
                continue;
            }
            ColumnProfile column = columns.get(c);
            if (column.idLike()) {
                leaks.add(new ColumnNote(column.name(), "unique per row: an id, it cannot generalise"));
            } else if (copies(DataProfiler.column(table, c), targetValues)) {
                leaks.add(new ColumnNote(column.name(), "a copy of the target (or a one-to-one recoding of it)"));
            }
        }
        return leaks;
    }

    /** Every value maps to one target value and back, over rows where both are present. */
    static boolean copies(List<String> feature, List<String> target) {
        Map<String, String> forward = new LinkedHashMap<>();
        Map<String, String> backward = new LinkedHashMap<>();
        int pairs = 0;
        for (int i = 0; i < feature.size(); i++) {
            String f = feature.get(i);
            String t = target.get(i);
            if (DataProfiler.isMissing(f) || DataProfiler.isMissing(t)) {
                continue;
            }
            pairs++;
            if (!forward.computeIfAbsent(f.trim(), k -> t.trim()).equals(t.trim())
                    || !backward.computeIfAbsent(t.trim(), k -> f.trim()).equals(f.trim())) {
                return false;
            }
        }
        return pairs >= MIN_ROWS && forward.size() >= 2 && forward.size() < pairs;
    }

    static List<ColumnNote> missing(List<ColumnProfile> columns) {
        return columns.stream()
                .filter(c -> c.missingShare() > MANY_MISSING && c.kind() != ColumnKind.EMPTY)
                .map(c -> new ColumnNote(c.name(), Math.round(c.missingShare() * 100) + "% missing"))
                .toList();
    }

    private static void checkNumeric(ColumnProfile target, List<ColumnProfile> columns) {
        if (target.kind() != ColumnKind.NUMERIC) {
            String numeric = columns.stream()
                    .filter(c -> c.kind() == ColumnKind.NUMERIC && !c.idLike())
                    .map(ColumnProfile::name)
                    .collect(Collectors.joining(", "));
            throw StageException.badInput("'" + target.name() + "' holds text, and regression predicts numbers. Ask"
                    + " to classify it instead"
                    + (numeric.isEmpty() ? "." : ", or predict a numeric column: " + numeric + "."));
        }
    }

    private static void checkClasses(String target, Map<String, Long> classes, int rows) {
        if (classes.size() > 100 && classes.size() > rows / 2) {
            throw StageException.badInput("'" + target + "' has " + classes.size() + " different values in " + rows
                    + " rows: that is a quantity or an id, not a class. Ask for regression or pick another column.");
        }
        if (classes.size() < 2) {
            throw StageException.badInput("'" + target + "' has only one value ("
                    + classes.keySet().stream().findFirst().orElse("") + "): a classifier needs at least two"
                    + " classes. Pick another column or add examples of the other classes.");
        }
        List<String> rare = classes.entrySet().stream()
                .filter(e -> e.getValue() < MIN_PER_CLASS)
                .map(e -> "'" + e.getKey() + "' (" + e.getValue() + ")")
                .toList();
        if (!rare.isEmpty()) {
            throw StageException.badInput("Some classes of '" + target + "' have too few rows to learn and test: "
                    + String.join(", ", rare.subList(0, Math.min(10, rare.size())))
                    + (rare.size() > 10 ? " and " + (rare.size() - 10) + " more" : "") + ". Each class needs at least "
                    + MIN_PER_CLASS + " rows: add examples, or merge or remove the rare classes.");
        }
    }
}
