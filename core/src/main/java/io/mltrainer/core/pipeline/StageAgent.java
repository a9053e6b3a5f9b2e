package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;

/**
 * One stage's work. Agents never sleep, retry, persist or publish: the orchestrator does that around them. They
 * fail with a {@link StageException} that says whether trying again can help.
 */
public interface StageAgent {
    Stage stage();

    /** Whether this agent handles builds of this task type (the intent agent is asked with {@code null}). */
    default boolean supports(TaskType type) {
        return true;
    }

    StageResult run(StageInput input);
}
