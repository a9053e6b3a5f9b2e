package io.mltrainer.core.port.in;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;

/** Cancelling a build, wherever it runs. */
public interface CancelBuildUseCase {

    /** @throws BuildRefused with the reason, when there is nothing to cancel */
    Job cancel(JobId id);
}
