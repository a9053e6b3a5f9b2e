package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.TaskType;
import java.util.List;
import java.util.Optional;

/** The agents a pipeline has, looked up by stage and task type (the first one that supports it wins). */
public final class Agents {
    private final List<StageAgent> agents;

    public Agents(List<StageAgent> agents) {
        this.agents = List.copyOf(agents);
    }

    public Optional<StageAgent> find(Stage stage, TaskType type) {
        return agents.stream()
                .filter(a -> a.stage() == stage && a.supports(type))
                .findFirst();
    }

    /** An agent for the stage, or a bad-input failure that says the task type is not supported here. */
    public StageAgent require(Stage stage, TaskType type) {
        return find(stage, type)
                .orElseThrow(() -> StageException.badInput("mltrainer cannot run the " + stage.id() + " stage for "
                        + (type == null ? "this request" : type.id()) + " builds in this configuration yet"));
    }
}
