package io.mltrainer.core.domain;

import java.util.Objects;

/** What the request asks for. Holds secret references only, never a secret. */
public record ParsedIntent(TaskType taskType, String description, DatasetSpec dataset, String modelName)
        implements StageResult {
    public ParsedIntent {
        Objects.requireNonNull(taskType, "taskType");
        description = description == null ? "" : description;
    }

    @Override
    public Stage stage() {
        return Stage.INTENT;
    }
}
