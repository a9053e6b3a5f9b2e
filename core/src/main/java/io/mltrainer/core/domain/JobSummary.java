package io.mltrainer.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a list of builds shows of each ({@code mltrainer jobs}): a store reads it without the build's context
 * document, whose parsing is most of a short command's work.
 */
public record JobSummary(
        JobId id,
        JobStatus status,
        Optional<TaskType> taskType,
        Optional<Stage> currentStage,
        Instant createdAt,
        Instant updatedAt) {

    public JobSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(taskType, "taskType");
        Objects.requireNonNull(currentStage, "currentStage");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static JobSummary of(Job job) {
        return new JobSummary(
                job.id(), job.status(), job.taskType(), job.currentStage(), job.createdAt(), job.updatedAt());
    }
}
