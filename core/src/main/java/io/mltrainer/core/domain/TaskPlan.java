package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * The three planned parts of a build, computed once (by the first planning stage) and kept in the {@link JobContext}:
 * the preprocess stage's result, whose config and architecture the next two stages record as theirs.
 */
public record TaskPlan(PreprocessPlan preprocess, TrainingConfig config, ArchitectureSpec architecture)
        implements StageResult {
    public TaskPlan {
        Objects.requireNonNull(preprocess, "preprocess");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(architecture, "architecture");
    }

    @Override
    public Stage stage() {
        return Stage.PREPROCESS;
    }
}
