package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * The dataset stage's result for a local table whose words it checked against the data: the report and the intent as
 * the data settled it (its target, its task). The context keeps both, so no later stage reads the table again.
 */
public record CheckedData(ParsedIntent intent, DataReport report) implements StageResult {
    public CheckedData {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(report, "report");
        if (intent.unconfirmed() != null) {
            throw new IllegalArgumentException("the checked intent still waits for its data");
        }
    }

    @Override
    public Stage stage() {
        return Stage.DATASET;
    }
}
