package io.mltrainer.core.agents.planning;

import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.planning.Planner;
import io.mltrainer.core.planning.TaskPlan;
import java.util.function.Function;

/**
 * The preprocess, config and architecture stages of every non-tabular task: each asks the planner for the whole
 * (deterministic) plan and records its own part, so every stage still checkpoints a typed result.
 */
public final class PlanningAgent implements StageAgent {
    private final Stage stage;
    private final Planner planner;
    private final Function<TaskPlan, StageResult> part;

    private PlanningAgent(Stage stage, Planner planner, Function<TaskPlan, StageResult> part) {
        this.stage = stage;
        this.planner = planner;
        this.part = part;
    }

    public static PlanningAgent preprocess(Planner planner) {
        return new PlanningAgent(Stage.PREPROCESS, planner, TaskPlan::preprocess);
    }

    public static PlanningAgent config(Planner planner) {
        return new PlanningAgent(Stage.CONFIG, planner, TaskPlan::config);
    }

    public static PlanningAgent architecture(Planner planner) {
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
        return part.apply(planner.plan(context.require(ParsedIntent.class), context.require(DataReport.class)));
    }
}
