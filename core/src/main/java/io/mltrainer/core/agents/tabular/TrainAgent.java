package io.mltrainer.core.agents.tabular;

import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.Estimate;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.pipeline.LocalRuns;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageException;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.planning.Estimates;
import io.mltrainer.core.port.RunRequest;
import io.mltrainer.core.port.TrainingRuntime;
import io.mltrainer.core.usecase.AnswerQuestion;
import java.util.List;

/** Hands the checked code to the runtime, together with any run a crashed process left unfinished. */
public final class TrainAgent implements StageAgent {
    private final TrainingRuntime runtime;
    private final LocalRuns localRuns;

    public TrainAgent(TrainingRuntime runtime) {
        this(runtime, LocalRuns.ALLOW);
    }

    /** {@code localRuns} decides whether code written for this machine may run here, and what it reads. */
    public TrainAgent(TrainingRuntime runtime, LocalRuns localRuns) {
        this.runtime = runtime;
        this.localRuns = localRuns;
    }

    @Override
    public Stage stage() {
        return Stage.TRAIN;
    }

    @Override
    public StageResult run(StageInput input) {
        var context = input.context();
        Estimate estimate =
                context.architecture() == null ? null : context.architecture().estimate();
        if (needsConfirmation(estimate) && !context.request().costConfirmed()) {
            throw StageException.question(
                    AnswerQuestion.CONFIRM_COST,
                    "Training will take " + Estimates.headline(estimate) + ". Start it? (yes / no)",
                    List.of("yes", "no"));
        }
        GeneratedCode code = context.require(GeneratedCode.class);
        if (code.runtime() == RuntimeKind.LOCAL) {
            localRuns.check(input);
        }
        String data = context.require(DataReport.class).path();
        RunRequest request = new RunRequest(
                input.jobId(),
                code,
                code.runtime() == RuntimeKind.LOCAL ? localRuns.dataPath(data) : data,
                context.require(TrainingConfig.class).timeLimitSeconds(),
                context.activeRun());
        return runtime.run(request, input.runListener(), input.cancellation());
    }

    /** A run that costs money (Modal) or uses a limited quota (Kaggle's GPU hours) waits for a yes. */
    static boolean needsConfirmation(Estimate estimate) {
        return estimate != null
                && estimate.runtime() != RuntimeKind.LOCAL
                && ((estimate.costUsd() != null && estimate.costUsd() > 0)
                        || (estimate.quotaHours() != null && estimate.quotaHours() > 0));
    }
}
