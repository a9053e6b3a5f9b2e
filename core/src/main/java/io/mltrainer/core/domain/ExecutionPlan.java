package io.mltrainer.core.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The ordered stages one task type runs. */
public record ExecutionPlan(TaskType taskType, List<Stage> stages) {

    public ExecutionPlan {
        Objects.requireNonNull(taskType, "taskType");
        stages = List.copyOf(stages);
        if (stages.isEmpty() || stages.get(0) != Stage.INTENT) {
            throw new IllegalArgumentException("a plan starts with the intent stage");
        }
    }

    public static ExecutionPlan forType(TaskType type) {
        EnumSet<Stage> stages = EnumSet.allOf(Stage.class);
        switch (Objects.requireNonNull(type, "task type")) {
            case LLM_FINETUNING -> stages.remove(Stage.PREPROCESS);
            default -> {}
        }
        return new ExecutionPlan(type, List.copyOf(stages));
    }

    public boolean includes(Stage stage) {
        return stages.contains(stage);
    }

    /** The first stage of this plan that has no result in {@code context}, up to and including {@code last}. */
    public Optional<Stage> nextStage(JobContext context, Stage last) {
        return stages.stream()
                .filter(s -> s.ordinal() <= last.ordinal())
                .filter(s -> !context.hasResult(s))
                .findFirst();
    }
}
