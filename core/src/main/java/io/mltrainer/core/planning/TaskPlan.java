package io.mltrainer.core.planning;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.TrainingConfig;
import java.util.Objects;

/** The three planned parts of a build; each planning stage records its own. */
public record TaskPlan(PreprocessPlan preprocess, TrainingConfig config, ArchitectureSpec architecture) {
    public TaskPlan {
        Objects.requireNonNull(preprocess, "preprocess");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(architecture, "architecture");
    }
}
