package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.CancellationToken;
import io.mltrainer.core.port.RunListener;
import java.util.Objects;
import java.util.Optional;

/**
 * What an agent gets for one attempt: the context, the previous attempt's failure (absent on the first), a
 * listener for long-running work and the cancellation token.
 */
public record StageInput(
        JobId jobId,
        String owner,
        JobContext context,
        int attempt,
        Failure previousFailure,
        RunListener runListener,
        CancellationToken cancellation) {
    public StageInput {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(runListener, "runListener");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    public Optional<Failure> previous() {
        return Optional.ofNullable(previousFailure);
    }
}
