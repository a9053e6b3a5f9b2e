package io.mltrainer.bot;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Lease;
import io.mltrainer.core.port.JobRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

/**
 * Releasing the leases a stopping replica holds, so another replica takes its builds over at once instead of after
 * the lease expires. Until {@code JobRepository.releaseLeases(owner)} exists, a held lease is released by making it
 * expire now (renewing it to the present moment, which leaves the job's version alone).
 */
final class LeaseRelease {
    private LeaseRelease() {}

    /** Releases every unexpired lease of {@code owner}; returns how many were released. */
    static int releaseLeases(JobRepository jobs, String owner, Clock clock) {
        Instant now = clock.instant();
        int released = 0;
        for (Job job : jobs.findByStatus(EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.AWAITING_RUN))) {
            Lease lease = job.lease();
            if (lease != null
                    && lease.owner().equals(owner)
                    && !lease.expiredAt(now)
                    && jobs.renewLease(job.id(), new Lease(owner, now))) {
                released++;
            }
        }
        return released;
    }
}
