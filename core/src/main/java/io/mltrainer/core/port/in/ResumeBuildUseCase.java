package io.mltrainer.core.port.in;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/** Running a queued build, and continuing a stopped one from its first stage without a result. */
public interface ResumeBuildUseCase {

    /**
     * Queues the build again with a revised request ({@code UnaryOperator.identity()}: as it was).
     *
     * @throws BuildRefused with the reason, when it cannot be resumed now
     */
    Job prepare(JobId id, UnaryOperator<BuildRequest> revise);

    /** Runs a queued build; the future completes when it ends or stops. */
    CompletableFuture<Job> submit(JobId id);

    /** Follows again the training runs a stopped process left going; the builds it took. */
    List<JobId> followAbandonedRuns();
}
