package io.mltrainer.core.agents.train;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.Estimate;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.pipeline.LocalRuns;
import io.mltrainer.core.pipeline.RunStage;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.RunRequest;
import io.mltrainer.core.port.out.TrainingRuntime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Launches the checked code on the runtime it was written for, after the go-ahead its cost or quota needs, handing
 * over any run a crashed process left behind so that it is followed again rather than launched twice.
 */
public final class TrainAgent implements RunStage {
    private final Map<String, TrainingRuntime> runtimes;
    private final LocalRuns localRuns;

    public TrainAgent(TrainingRuntime... runtimes) {
        this(LocalRuns.ALLOW, List.of(runtimes));
    }

    public TrainAgent(List<TrainingRuntime> runtimes) {
        this(LocalRuns.ALLOW, runtimes);
    }

    /** {@code localRuns} decides whether code written for this machine may run here, and what it reads. */
    public TrainAgent(LocalRuns localRuns, List<TrainingRuntime> runtimes) {
        this.localRuns = localRuns;
        this.runtimes =
                runtimes.stream().collect(Collectors.toUnmodifiableMap(TrainingRuntime::name, Function.identity()));
    }

    @Override
    public Stage stage() {
        return Stage.TRAIN;
    }

    @Override
    public Submitted submit(StageInput input) {
        var context = input.context();
        Estimate estimate =
                context.architecture() == null ? null : context.architecture().estimate();
        if (needsConfirmation(estimate) && !context.request().costConfirmed()) {
            throw StageException.question(
                    QuestionSlot.CONFIRM_COST,
                    "Training will take " + estimate.headline() + ". Start it? (yes / no)",
                    List.of("yes", "no"));
        }
        GeneratedCode code = context.require(GeneratedCode.class);
        if (code.runtime() == RuntimeKind.LOCAL) {
            localRuns.check(input);
        }
        TrainingRuntime runtime = runtime(code.runtime().id());
        long limit = context.require(TrainingConfig.class).timeLimitSeconds();
        BuildRequest request = context.request();
        DataReport report = context.require(DataReport.class);
        RunRequest run = new RunRequest(
                input.jobId(),
                input.owner(),
                request.intake() == null ? Credentials.NONE : request.intake().credentials(),
                code,
                code.runtime() == RuntimeKind.LOCAL ? localRuns.dataPath(report.path()) : report.path(),
                report.source(),
                estimate == null ? null : estimate.accelerator(),
                limit,
                context.activeRun());
        RunHandle handle = runtime.submit(run);
        return new Submitted(runtime, handle, limit);
    }

    @Override
    public TrainingRuntime runtime(String name) {
        TrainingRuntime runtime = runtimes.get(name);
        if (runtime == null) {
            throw StageException.missingDependency("This mltrainer cannot run training on " + name + " (it runs on "
                    + String.join(", ", runtimes.keySet()) + ").");
        }
        return runtime;
    }

    /** A run that costs money (Modal) or uses a limited quota (Kaggle's GPU hours) waits for a yes. */
    static boolean needsConfirmation(Estimate estimate) {
        return estimate != null
                && estimate.runtime() != RuntimeKind.LOCAL
                && ((estimate.costUsd() != null && estimate.costUsd() > 0)
                        || (estimate.quotaHours() != null && estimate.quotaHours() > 0));
    }
}
