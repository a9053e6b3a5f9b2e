package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.JobId;

/** A save lost the optimistic-lock race: another worker or command changed the job first. */
public class StaleJobException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleJobException(JobId id, int expectedVersion) {
        super("build " + id + " changed since version " + expectedVersion);
    }
}
