package io.mltrainer.core.domain;

import java.util.EnumSet;
import java.util.Set;

/** The life of a build, with the transitions it allows. */
public enum JobStatus {
    INTAKE,
    QUEUED,
    RUNNING,
    AWAITING_RUN,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public Set<JobStatus> next() {
        return switch (this) {
            case INTAKE -> EnumSet.of(QUEUED, CANCELLED);
            case QUEUED -> EnumSet.of(RUNNING, CANCELLED, FAILED);
            // QUEUED from RUNNING: a crashed worker's job is taken over and resumed.
            case RUNNING -> EnumSet.of(AWAITING_RUN, SUCCEEDED, FAILED, CANCELLED, QUEUED);
            case AWAITING_RUN -> EnumSet.of(RUNNING, FAILED, CANCELLED, QUEUED);
            // A failed or cancelled build can be resumed; a succeeded one is final.
            case FAILED, CANCELLED -> EnumSet.of(QUEUED);
            case SUCCEEDED -> EnumSet.noneOf(JobStatus.class);
        };
    }

    public boolean canMoveTo(JobStatus target) {
        return next().contains(target);
    }

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public boolean isActive() {
        return this == QUEUED || this == RUNNING || this == AWAITING_RUN;
    }
}
