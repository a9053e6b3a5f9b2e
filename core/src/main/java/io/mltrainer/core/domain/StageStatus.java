package io.mltrainer.core.domain;

public enum StageStatus {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED
}
