package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.ColumnNote;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DroppedColumn;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what each column becomes: numbers are imputed and scaled, categories imputed and one-hot encoded (rare
 * values of many-valued columns grouped together), free text turned into TF-IDF features (the script tells prose from
 * categories in the data: text columns travel in the categorical list), dates split into year, month, day, weekday
 * and day of year; ids, constants, empty columns and copies of the target are dropped with a reason.
 */
public final class PreprocessAgent implements StageAgent {
    static final long SEED = 42;
    static final double TEST_SIZE = 0.2;
    static final double MAX_MISSING = 0.95;

    @Override
    public Stage stage() {
        return Stage.PREPROCESS;
    }

    @Override
    public boolean supports(TaskType type) {
        return type != null && type.isTabular();
    }

    @Override
    public StageResult run(StageInput input) {
        DataReport report = input.context().require(DataReport.class);
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<DroppedColumn> dropped = new ArrayList<>();
        List<String> copies = copiesOfTarget(report);
        for (ColumnProfile column : report.features()) {
            String reason = copies.contains(column.name())
                    ? "a copy of the target: it would leak the answer"
                    : dropReason(column);
            if (reason != null) {
                dropped.add(new DroppedColumn(column.name(), reason));
                continue;
            }
            switch (column.kind()) {
                case NUMERIC -> numeric.add(column.name());
                case CATEGORICAL, TEXT -> categorical.add(column.name());
                case DATE -> dates.add(column.name());
                default -> throw new IllegalStateException("unexpected kind " + column.kind());
            }
        }
        if (numeric.isEmpty() && categorical.isEmpty() && dates.isEmpty()) {
            throw StageException.badInput("No column is usable as a feature: "
                    + dropped.stream()
                            .map(d -> d.name() + " (" + d.reason() + ")")
                            .toList()
                    + ". Add columns that describe each row.");
        }
        boolean stratify = input.context().taskType().orElseThrow() == TaskType.TABULAR_CLASSIFICATION;
        return new PreprocessPlan(numeric, categorical, dates, dropped, TEST_SIZE, SEED, stratify);
    }

    /** Columns the dataset stage found to be the target itself, or a one-to-one recoding of it. */
    private static List<String> copiesOfTarget(DataReport report) {
        if (!(report.details() instanceof DataDetails.Tabular tabular)) {
            return List.of();
        }
        return tabular.suspectedLeaks().stream()
                .filter(l -> l.note().startsWith("a copy of the target"))
                .map(ColumnNote::column)
                .toList();
    }

    private static String dropReason(ColumnProfile column) {
        if (column.idLike()) {
            return "an id: unique per row, it cannot generalise";
        }
        return switch (column.kind()) {
            case EMPTY -> "empty";
            default ->
                column.constant()
                        ? "the same value in every row"
                        : column.missingShare() > MAX_MISSING ? "missing in more than 95% of rows" : null;
        };
    }
}
