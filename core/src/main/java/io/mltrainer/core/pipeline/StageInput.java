package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.RunListener;
import java.util.Objects;
import java.util.Optional;

/**
 * What an agent gets for one attempt: the context, the previous attempt's failure (absent on the first), a
 * listener for long-running work, the cancellation token, and the build's thread (where it was asked for; null when
 * unknown).
 */
public record StageInput(
        JobId jobId,
        String owner,
        JobContext context,
        int attempt,
        Failure previousFailure,
        RunListener runListener,
        CancellationToken cancellation,
        ThreadKey thread) {
    public StageInput {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(runListener, "runListener");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    /** An input without a conversation thread (a command-line build, a test). */
    public StageInput(
            JobId jobId,
            String owner,
            JobContext context,
            int attempt,
            Failure previousFailure,
            RunListener runListener,
            CancellationToken cancellation) {
        this(jobId, owner, context, attempt, previousFailure, runListener, cancellation, null);
    }

    public Optional<Failure> previous() {
        return Optional.ofNullable(previousFailure);
    }
}
