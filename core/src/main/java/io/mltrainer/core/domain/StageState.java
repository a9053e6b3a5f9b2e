package io.mltrainer.core.domain;

import java.util.Objects;

/** What happened to one stage of a build: how often it ran, how long it took, its last error. */
public record StageState(StageStatus status, int attempts, long durationMs, String lastError) {
    public StageState {
        Objects.requireNonNull(status, "status");
    }

    public static StageState pending() {
        return new StageState(StageStatus.PENDING, 0, 0, null);
    }

    public StageState running(int attempt) {
        return new StageState(StageStatus.RUNNING, attempt, durationMs, lastError);
    }

    public StageState succeeded(int attempt, long millis) {
        return new StageState(StageStatus.SUCCEEDED, attempt, millis, lastError);
    }

    public StageState failed(int attempt, long millis, String error) {
        return new StageState(StageStatus.FAILED, attempt, millis, error);
    }

    public StageState retrying(int attempt, String error) {
        return new StageState(StageStatus.RUNNING, attempt, durationMs, error);
    }

    public StageState cancelled(long millis) {
        return new StageState(StageStatus.CANCELLED, attempts, millis, lastError);
    }
}
