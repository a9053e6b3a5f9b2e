package io.mltrainer.core.testing;

import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.RetryPolicy;
import io.mltrainer.core.pipeline.RunMonitor;
import io.mltrainer.core.pipeline.RunStage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows one launched run with a real {@link RunMonitor} until it ends, for tests of a runtime or a train stage
 * outside the orchestrator: the outcome, and the progress the monitor published.
 */
public final class RunToEnd implements AutoCloseable {
    private final InMemoryJobEventLog log = new InMemoryJobEventLog();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService pollers = Executors.newFixedThreadPool(2);
    private final RunMonitor monitor;

    public RunToEnd(RetryPolicy pollRetries) {
        monitor = new RunMonitor(
                new EventBus(log, Clock.systemUTC()), Clock.systemUTC(), scheduler, pollers, pollRetries, List.of());
    }

    public RunToEnd() {
        this(RetryPolicy.of(3, 0.01, 1, 0.01));
    }

    public RunMonitor monitor() {
        return monitor;
    }

    /** The outcome of the submitted run, waiting at most {@code limit}. */
    public RunMonitor.Outcome follow(JobId job, RunStage.Submitted submitted, Duration limit) {
        CompletableFuture<RunMonitor.Outcome> ended = new CompletableFuture<>();
        monitor.onEnding((id, handle, outcome) -> ended.complete(outcome));
        monitor.follow(job, submitted.runtime(), submitted.handle(), submitted.timeLimitSeconds());
        try {
            return ended.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the run did not end within " + limit, e);
        }
    }

    /** The collected run, or the failure as the train stage would report it. */
    public TrainingRun trained(JobId job, RunStage.Submitted submitted, Duration limit) {
        RunMonitor.Outcome outcome = follow(job, submitted, limit);
        if (outcome instanceof RunMonitor.Outcome.Failed failed) {
            throw new StageException(failed.kind(), failed.reason());
        }
        return ((RunMonitor.Outcome.Collected) outcome).run();
    }

    public List<JobEvent.TrainingProgress> progress(JobId job) {
        return log.events(job, JobEvent.TrainingProgress.class);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        pollers.shutdownNow();
    }
}
