package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.JobRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Cancelled when this process asks for it, or when the stored job was cancelled by another process (a second
 * terminal, another replica). The store is asked at most once per {@code pollEvery}. A worker whose lease another
 * replica took is stopped the same way ({@link #leaseLost}).
 */
final class JobCancellation implements CancellationToken {
    private final JobId jobId;
    private final JobRepository jobs;
    private final Clock clock;
    private final Duration pollEvery;
    private final Thread worker;
    private volatile boolean cancelled;
    private volatile boolean leaseLost;
    private volatile Instant lastPoll;

    JobCancellation(JobId jobId, JobRepository jobs, Clock clock, Duration pollEvery, Thread worker) {
        this.jobId = jobId;
        this.jobs = jobs;
        this.clock = clock;
        this.pollEvery = pollEvery;
        this.worker = worker;
    }

    /** Flags the job and wakes the worker from any wait between retries. */
    void cancel() {
        cancelled = true;
        worker.interrupt();
    }

    /**
     * Another replica took the build over (its lease had run out, or was given up): stop like a cancel, but the
     * build is not cancelled and this worker writes nothing more to it.
     */
    void leaseLost() {
        leaseLost = true;
        cancel();
    }

    boolean isLeaseLost() {
        return leaseLost;
    }

    @Override
    public boolean isCancelled() {
        if (cancelled) {
            return true;
        }
        Instant now = clock.instant();
        if (lastPoll == null || Duration.between(lastPoll, now).compareTo(pollEvery) >= 0) {
            lastPoll = now;
            cancelled =
                    jobs.find(jobId).map(j -> j.status() == JobStatus.CANCELLED).orElse(true);
        }
        return cancelled;
    }
}
