package io.mltrainer.core.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a build knows, one typed part per stage. Immutable: every change returns a new context. A null part
 * means the stage has no result yet; {@code activeRun} is a training run that started and has not finished;
 * {@code intent} is replaced by the dataset stage when it settled a local table's target and task with the data
 * ({@link CheckedData}); {@code taskPlan} is the whole plan of a planned (non-tabular) build, computed once by its
 * preprocess stage, whose parts the config and architecture stages record (checkpointed, so a resumed build goes on
 * with the same plan). Only the profile and the counts of the data are kept here, never its rows.
 */
public record JobContext(
        BuildRequest request,
        ParsedIntent intent,
        DataReport dataReport,
        PreprocessPlan preprocess,
        TrainingConfig config,
        ArchitectureSpec architecture,
        GeneratedCode code,
        RunHandle activeRun,
        TrainingRun run,
        Deployment deployment,
        Map<Stage, StageState> stages,
        Failure failure,
        TaskPlan taskPlan) {

    public JobContext {
        Objects.requireNonNull(request, "request");
        EnumMap<Stage, StageState> copy = new EnumMap<>(Stage.class);
        if (stages != null) {
            copy.putAll(stages);
        }
        stages = Collections.unmodifiableMap(copy);
    }

    public static JobContext of(BuildRequest request) {
        return new JobContext(request, null, null, null, null, null, null, null, null, null, Map.of(), null, null);
    }

    public Optional<TaskPlan> plannedTask() {
        return Optional.ofNullable(taskPlan);
    }

    /** The same results under a request that differs only in what does not change them (a confirmed cost). */
    public JobContext withRequest(BuildRequest next) {
        return new JobContext(
                next,
                intent,
                dataReport,
                preprocess,
                config,
                architecture,
                code,
                activeRun,
                run,
                deployment,
                stages,
                failure,
                taskPlan);
    }

    public Optional<TaskType> taskType() {
        return Optional.ofNullable(intent).map(ParsedIntent::taskType);
    }

    public Optional<ExecutionPlan> plan() {
        return taskType().map(ExecutionPlan::forType);
    }

    public Optional<StageResult> result(Stage stage) {
        return Optional.ofNullable(
                switch (stage) {
                    case INTENT -> intent;
                    case DATASET -> dataReport;
                    case PREPROCESS -> preprocess;
                    case CONFIG -> config;
                    case ARCHITECTURE -> architecture;
                    case CODEGEN -> code;
                    case TRAIN -> run;
                    case DEPLOY -> deployment;
                });
    }

    public boolean hasResult(Stage stage) {
        return result(stage).isPresent();
    }

    /** The result of an earlier stage that this stage needs; its absence is a bug in the plan, not user error. */
    public <T extends StageResult> T require(Class<T> type) {
        for (Stage stage : Stage.values()) {
            Optional<StageResult> found = result(stage).filter(type::isInstance);
            if (found.isPresent()) {
                return type.cast(found.get());
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " is not available yet");
    }

    public StageState stageState(Stage stage) {
        return stages.getOrDefault(stage, StageState.pending());
    }

    public JobContext with(StageResult result) {
        Objects.requireNonNull(result, "result");
        return new JobContext(
                request,
                result instanceof ParsedIntent r ? r : result instanceof CheckedData r ? r.intent() : intent,
                result instanceof DataReport r ? r : result instanceof CheckedData r ? r.report() : dataReport,
                result instanceof PreprocessPlan r ? r : result instanceof TaskPlan r ? r.preprocess() : preprocess,
                result instanceof TrainingConfig r ? r : config,
                result instanceof ArchitectureSpec r ? r : architecture,
                result instanceof GeneratedCode r ? r : code,
                result instanceof TrainingRun ? null : activeRun,
                result instanceof TrainingRun r ? r : run,
                result instanceof Deployment r ? r : deployment,
                stages,
                failure,
                result instanceof TaskPlan r ? r : taskPlan);
    }

    public JobContext withActiveRun(RunHandle handle) {
        return new JobContext(
                request,
                intent,
                dataReport,
                preprocess,
                config,
                architecture,
                code,
                handle,
                run,
                deployment,
                stages,
                failure,
                taskPlan);
    }

    public JobContext withStage(Stage stage, StageState state) {
        EnumMap<Stage, StageState> next = new EnumMap<>(Stage.class);
        next.putAll(stages);
        next.put(stage, state);
        return new JobContext(
                request,
                intent,
                dataReport,
                preprocess,
                config,
                architecture,
                code,
                activeRun,
                run,
                deployment,
                next,
                failure,
                taskPlan);
    }

    public JobContext withFailure(Failure newFailure) {
        return new JobContext(
                request,
                intent,
                dataReport,
                preprocess,
                config,
                architecture,
                code,
                activeRun,
                run,
                deployment,
                stages,
                newFailure,
                taskPlan);
    }
}
