package io.mltrainer.core.agents.tabular;

import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.RunRequest;
import io.mltrainer.core.port.TrainingRuntime;

/** Hands the checked code to the runtime, together with any run a crashed process left unfinished. */
public final class TrainAgent implements StageAgent {
    private final TrainingRuntime runtime;

    public TrainAgent(TrainingRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Stage stage() {
        return Stage.TRAIN;
    }

    @Override
    public StageResult run(StageInput input) {
        var context = input.context();
        GeneratedCode code = context.require(GeneratedCode.class);
        RunRequest request = new RunRequest(
                input.jobId(),
                code,
                context.require(DataReport.class).path(),
                context.require(TrainingConfig.class).timeLimitSeconds(),
                context.activeRun());
        return runtime.run(request, input.runListener(), input.cancellation());
    }
}
