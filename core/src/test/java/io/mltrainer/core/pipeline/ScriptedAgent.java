package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An agent that plays a script of outcomes, one per attempt, and remembers what it was given. When the script
 * runs out it succeeds.
 */
final class ScriptedAgent implements StageAgent {
    private final Stage stage;
    private final TaskType type;
    private final Deque<Function<StageInput, StageResult>> script = new ArrayDeque<>();
    final List<Optional<Failure>> previousFailures = new ArrayList<>();
    final List<Integer> attempts = new ArrayList<>();

    private ScriptedAgent(Stage stage, TaskType type) {
        this.stage = stage;
        this.type = type;
    }

    static ScriptedAgent thatSucceeds(Stage stage, TaskType type) {
        return new ScriptedAgent(stage, type);
    }

    ScriptedAgent thenFails(StageException failure) {
        script.add(input -> {
            throw failure;
        });
        return this;
    }

    ScriptedAgent thenDoes(Function<StageInput, StageResult> step) {
        script.add(step);
        return this;
    }

    int calls() {
        return attempts.size();
    }

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public StageResult run(StageInput input) {
        previousFailures.add(input.previous());
        attempts.add(input.attempt());
        Function<StageInput, StageResult> step = script.poll();
        return step == null ? StageResults.of(stage, type) : step.apply(input);
    }
}
