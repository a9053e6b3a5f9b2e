package io.mltrainer.core.agents.tabular;

import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageException;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.RawTable;
import io.mltrainer.core.port.TabularReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a local table, profiles it and checks, before any compute, that the task can work on it. */
public final class DatasetAgent implements StageAgent {
    static final int MAX_ROWS = 200_000;
    static final int MIN_ROWS = 10;
    static final int MIN_PER_CLASS = 4;

    private final TabularReader reader;

    public DatasetAgent(TabularReader reader) {
        this.reader = reader;
    }

    @Override
    public Stage stage() {
        return Stage.DATASET;
    }

    @Override
    public boolean supports(TaskType type) {
        return type != null && type.isTabular();
    }

    @Override
    public StageResult run(StageInput input) {
        ParsedIntent intent = input.context().require(ParsedIntent.class);
        String path = intent.dataset().location();
        RawTable table = reader.read(path, MAX_ROWS);
        List<ColumnProfile> columns = DataProfiler.profile(table);
        String target = intent.dataset().target();
        int index = table.header().indexOf(target);
        if (index < 0) {
            throw StageException.badInput("The data has no column '" + target + "'. Its columns are: "
                    + String.join(", ", table.header()) + ".");
        }
        ColumnProfile profile = columns.get(index);
        List<String> values = DataProfiler.column(table, index).stream()
                .filter(v -> !DataProfiler.isMissing(v))
                .map(String::trim)
                .toList();
        if (values.size() < MIN_ROWS) {
            throw StageException.badInput("'" + target + "' has " + values.size() + " usable rows; I need at least "
                    + MIN_ROWS + " rows with a value to learn anything.");
        }
        List<String> notes = new ArrayList<>();
        if (table.totalRows() > table.rows().size()) {
            notes.add("profiled the first " + table.rows().size() + " of " + table.totalRows() + " rows");
        }
        int missing = table.rows().size() - values.size();
        if (missing > 0) {
            notes.add(missing + " rows without a " + target + " are left out");
        }
        Map<String, Long> classes = Map.of();
        if (intent.taskType() == TaskType.TABULAR_REGRESSION) {
            checkNumeric(profile, columns);
        } else {
            classes = classCounts(values);
            checkClasses(target, classes, values.size());
        }
        if (columns.size() < 2) {
            throw StageException.badInput(
                    "The data has only the column '" + target + "'; I need other columns to" + " predict it from.");
        }
        return new DataReport(path, table.totalRows(), columns, target, classes, notes);
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

    private static Map<String, Long> classCounts(List<String> values) {
        Map<String, Long> counts =
                values.stream().collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static void checkClasses(String target, Map<String, Long> classes, int rows) {
        if (classes.size() < 2) {
            throw StageException.badInput("'" + target + "' has only one value ("
                    + classes.keySet().stream().findFirst().orElse("") + "): a classifier needs at least two"
                    + " classes. Pick another column or add examples of the other classes.");
        }
        if (classes.size() > 100 && classes.size() > rows / 2) {
            throw StageException.badInput("'" + target + "' has " + classes.size() + " different values in " + rows
                    + " rows: that is a quantity or an id, not a class. Ask for regression or pick another column.");
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
