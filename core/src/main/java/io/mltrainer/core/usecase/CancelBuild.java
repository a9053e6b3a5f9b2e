package io.mltrainer.core.usecase;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.port.in.BuildRefused;
import io.mltrainer.core.port.in.CancelBuildUseCase;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.StaleJobException;
import io.mltrainer.core.port.out.Workers;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Stops a build. The stored status becomes cancelled at once; a worker running it (here or in another process)
 * sees that, kills what it started and records where it stopped. When the worker checkpoints between our read and
 * our write ({@link StaleJobException}), the new version is read and cancelled instead, a bounded number of times.
 */
public final class CancelBuild implements CancelBuildUseCase {
    private final JobRepository jobs;
    private final EventBus events;
    private final Orchestrator orchestrator;
    private final Workers workers;
    private final Clock clock;
    private final Retry onStaleVersion = Retry.of(
            "cancel-build",
            RetryConfig.custom()
                    .maxAttempts(21)
                    .waitDuration(Duration.ZERO)
                    .retryExceptions(StaleJobException.class)
                    .build());

    public CancelBuild(JobRepository jobs, EventBus events, Orchestrator orchestrator, Workers workers, Clock clock) {
        this.jobs = jobs;
        this.events = events;
        this.orchestrator = orchestrator;
        this.workers = workers;
        this.clock = clock;
    }

    @Override
    public Job cancel(JobId id) {
        return Retry.decorateSupplier(onStaleVersion, () -> cancelLatest(id)).get();
    }

    private Job cancelLatest(JobId id) {
        Job job = jobs.find(id).orElseThrow(() -> new BuildRefused("There is no build " + id + "."));
        if (job.status().isTerminal()) {
            throw new BuildRefused("Build " + id + " already "
                    + job.status().name().toLowerCase(Locale.ROOT) + "; there is nothing to cancel.");
        }
        boolean workerWillReport = orchestrator.isRunningHere(id) || job.leaseHeld(clock.instant(), workers::isAlive);
        Job cancelled = jobs.save(job.moveTo(JobStatus.CANCELLED, clock.instant()));
        orchestrator.requestCancel(id);
        events.publish(id, new JobEvent.Notice("cancellation requested"));
        if (!workerWillReport) {
            events.publish(id, new JobEvent.BuildFinished(JobStatus.CANCELLED, null, null, "cancelled"));
        }
        return cancelled;
    }
}
