package io.mltrainer.core.domain;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;

/** Something that happened to a build; persisted in the event log and rendered by each surface. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = JobEvent.StageStarted.class, name = "stage_started"),
    @JsonSubTypes.Type(value = JobEvent.StageCompleted.class, name = "stage_completed"),
    @JsonSubTypes.Type(value = JobEvent.StageRetrying.class, name = "stage_retrying"),
    @JsonSubTypes.Type(value = JobEvent.StageFailed.class, name = "stage_failed"),
    @JsonSubTypes.Type(value = JobEvent.TrainingProgress.class, name = "training_progress"),
    @JsonSubTypes.Type(value = JobEvent.Notice.class, name = "notice"),
    @JsonSubTypes.Type(value = JobEvent.Queued.class, name = "queued"),
    @JsonSubTypes.Type(value = JobEvent.BuildFinished.class, name = "build_finished"),
    @JsonSubTypes.Type(value = JobEvent.ToolCalled.class, name = "tool_called"),
    @JsonSubTypes.Type(value = JobEvent.LlmCalled.class, name = "llm_called")
})
public sealed interface JobEvent {

    record StageStarted(Stage stage, int attempt) implements JobEvent {}

    record StageCompleted(Stage stage, int attempts, long durationMs, String summary) implements JobEvent {}

    /** The stage failed with {@code error} and will run again after {@code waitMs}. */
    record StageRetrying(Stage stage, int attempt, FailureKind kind, String error, long waitMs) implements JobEvent {}

    record StageFailed(Stage stage, int attempts, FailureKind kind, String error) implements JobEvent {}

    /** A line the training script reported; any field but {@code message} may be null. */
    record TrainingProgress(String phase, String message, Integer step, Integer total, Map<String, Double> metrics)
            implements JobEvent {
        public TrainingProgress {
            message = message == null ? "" : message;
            metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        }
    }

    /** Something worth telling the people following the build (resumed, cancellation requested...). */
    record Notice(String message) implements JobEvent {}

    /** The build waits for a free worker: all {@code workers} are busy and {@code ahead} builds wait before it. */
    record Queued(int workers, int ahead) implements JobEvent {
        public String message() {
            return "Queued: all " + workers + " workers are busy"
                    + (ahead == 0 ? "" : ", " + ahead + (ahead == 1 ? " build" : " builds") + " ahead")
                    + ". It starts as soon as one is free.";
        }
    }

    /** A tool ran; arguments are shown with secret references, never values. */
    record ToolCalled(String tool, String arguments, boolean ok, String message, long durationMs) implements JobEvent {}

    /**
     * One attempt at a language model: {@code outcome} is {@code ok}, {@code failed: <why>} or {@code skipped: <why>};
     * token counts are null when the provider did not say.
     */
    record LlmCalled(
            String provider, String model, long durationMs, Integer inputTokens, Integer outputTokens, String outcome)
            implements JobEvent {}

    record BuildFinished(JobStatus status, String location, Map<String, Double> metrics, String error)
            implements JobEvent {
        public BuildFinished {
            metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        }
    }
}
