package io.mltrainer.core.testing;

import io.mltrainer.core.agents.dataset.DatasetAgent;
import io.mltrainer.core.agents.plan.ArchitectureAgent;
import io.mltrainer.core.agents.plan.Catalogue;
import io.mltrainer.core.agents.plan.ConfigAgent;
import io.mltrainer.core.agents.plan.Planner;
import io.mltrainer.core.agents.plan.PlanningAgent;
import io.mltrainer.core.agents.plan.PreprocessAgent;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.ExecutionPlan;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.pipeline.Agents;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.DatasetSource;
import io.mltrainer.core.port.out.RunListener;
import java.time.Duration;
import java.util.List;

/**
 * The dataset, preprocess, config and architecture stages of a build, run in order without an orchestrator: what
 * {@code mltrainer plan} does, for tests of any dataset source.
 */
public final class PlanningPipeline {
    public static final long LOCAL_LIMIT_SECONDS = 1800;

    private final Agents agents;

    private PlanningPipeline(Agents agents) {
        this.agents = agents;
    }

    public static PlanningPipeline with(DatasetSource source) {
        Planner planner = new Planner(Catalogue.load(), LOCAL_LIMIT_SECONDS);
        return new PlanningPipeline(new Agents(List.of(
                new DatasetAgent(source),
                new PreprocessAgent(),
                new ConfigAgent(Duration.ofSeconds(LOCAL_LIMIT_SECONDS)),
                new ArchitectureAgent(),
                PlanningAgent.preprocess(planner),
                PlanningAgent.config(planner),
                PlanningAgent.architecture(planner))));
    }

    /** Runs every planning stage of the intent's task type; stage failures propagate as they are. */
    public JobContext plan(ParsedIntent intent) {
        JobContext context =
                JobContext.of(BuildRequest.of(intent.description())).with(intent);
        for (Stage stage : ExecutionPlan.forType(intent.taskType()).stages()) {
            if (stage == Stage.INTENT || stage.ordinal() > Stage.ARCHITECTURE.ordinal()) {
                continue;
            }
            StageInput input = new StageInput(
                    new JobId("plan-test"), "tester", context, 1, null, NO_RUNS, CancellationToken.NEVER);
            context = context.with(agents.require(stage, intent.taskType()).run(input));
        }
        return context;
    }

    private static final RunListener NO_RUNS = new RunListener() {
        @Override
        public void started(RunHandle handle) {}

        @Override
        public void progress(JobEvent.TrainingProgress progress) {}
    };
}
