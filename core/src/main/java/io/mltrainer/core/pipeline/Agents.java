package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The agents a pipeline has, looked up by stage and task type (the first one that supports it wins). */
public final class Agents {
    private final Supplier<List<StageAgent>> agents;
    private volatile List<StageAgent> made;

    public Agents(List<StageAgent> agents) {
        List<StageAgent> copy = List.copyOf(agents);
        this.agents = () -> copy;
    }

    /**
     * Agents made on the first lookup: a process that only reads or cancels builds never pays for what the agents
     * load (language models, the sentence encoder, templates, runtimes).
     */
    public Agents(Supplier<List<StageAgent>> agents) {
        this.agents = agents;
    }

    public Optional<StageAgent> find(Stage stage, TaskType type) {
        return all().stream()
                .filter(a -> a.stage() == stage && a.supports(type))
                .findFirst();
    }

    private List<StageAgent> all() {
        List<StageAgent> list = made;
        if (list == null) {
            synchronized (this) {
                list = made;
                if (list == null) {
                    list = List.copyOf(agents.get());
                    made = list;
                }
            }
        }
        return list;
    }

    /** An agent for the stage, or a bad-input failure that says the task type is not supported here. */
    public StageAgent require(Stage stage, TaskType type) {
        return find(stage, type)
                .orElseThrow(() -> StageException.badInput("mltrainer cannot run the " + stage.id() + " stage for "
                        + (type == null ? "this request" : type.id()) + " builds in this configuration yet"));
    }
}
