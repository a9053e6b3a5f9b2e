package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskPlan;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import java.util.function.Function;

/**
 * The preprocess, config and architecture stages of every non-tabular task. The preprocess stage asks the planner
 * for the whole plan once and records it (a {@link TaskPlan}, kept in the {@code JobContext}); the config and
 * architecture stages record their part of that plan. A build checkpointed before plans were kept is planned again.
 */
public final class PlanningAgent implements StageAgent {
    private final Stage stage;
    private final TaskPlanner planner;
    private final Function<TaskPlan, StageResult> part;

    /** Plans a build from its intent and data report, deterministically ({@link Planner#plan}). */
    @FunctionalInterface
    public interface TaskPlanner {
        TaskPlan plan(ParsedIntent intent, DataReport report);
    }

    private PlanningAgent(Stage stage, TaskPlanner planner, Function<TaskPlan, StageResult> part) {
        this.stage = stage;
        this.planner = planner;
        this.part = part;
    }

    public static PlanningAgent preprocess(Planner planner) {
        return preprocess(planner::plan);
    }

    public static PlanningAgent config(Planner planner) {
        return config(planner::plan);
    }

    public static PlanningAgent architecture(Planner planner) {
        return architecture(planner::plan);
    }

    public static PlanningAgent preprocess(TaskPlanner planner) {
        return new PlanningAgent(Stage.PREPROCESS, planner, plan -> plan);
    }

    public static PlanningAgent config(TaskPlanner planner) {
        return new PlanningAgent(Stage.CONFIG, planner, TaskPlan::config);
    }

    public static PlanningAgent architecture(TaskPlanner planner) {
        return new PlanningAgent(Stage.ARCHITECTURE, planner, TaskPlan::architecture);
    }

    @Override
    public Stage stage() {
        return stage;
    }

    @Override
    public boolean supports(TaskType type) {
        return type != null && !type.isTabular();
    }

    @Override
    public StageResult run(StageInput input) {
        var context = input.context();
        TaskPlan plan = stage == Stage.PREPROCESS ? null : context.plannedTask().orElse(null);
        return part.apply(
                plan != null
                        ? plan
                        : planner.plan(context.require(ParsedIntent.class), context.require(DataReport.class)));
    }
}
