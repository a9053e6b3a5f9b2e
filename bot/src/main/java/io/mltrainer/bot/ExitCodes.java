package io.mltrainer.bot;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobStatus;

/** 0: the build succeeded; 1: the pipeline failed; 2: usage errors and bad input. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private ExitCodes() {}

    static int of(Job job) {
        if (job.status() == JobStatus.SUCCEEDED) {
            return OK;
        }
        var failure = job.context().failure();
        if (job.status() == JobStatus.FAILED
                && failure != null
                && (failure.kind() == FailureKind.BAD_INPUT || failure.kind() == FailureKind.NEEDS_ANSWER)) {
            return BAD_INPUT;
        }
        return FAILED;
    }
}
