package io.mltrainer.core.testing;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Lease;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.StaleJobException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A job store in memory, with the same optimistic locking as the database one. */
public final class InMemoryJobRepository implements JobRepository {
    private final Map<JobId, Job> jobs = new LinkedHashMap<>();
    private int saves;

    @Override
    public synchronized void create(Job job) {
        if (jobs.containsKey(job.id())) {
            throw new IllegalStateException("build " + job.id() + " exists");
        }
        if (job.version() != 0) {
            throw new IllegalArgumentException("a new job has version 0");
        }
        jobs.put(job.id(), job);
    }

    @Override
    public synchronized Optional<Job> find(JobId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public synchronized Job save(Job job) {
        Job current = jobs.get(job.id());
        if (current == null || current.version() != job.version()) {
            throw new StaleJobException(job.id(), job.version());
        }
        saves++;
        return next(job, job.lease());
    }

    @Override
    public synchronized boolean renewLease(JobId id, Lease lease) {
        Job current = jobs.get(id);
        if (current == null
                || current.lease() == null
                || !current.lease().owner().equals(lease.owner())) {
            return false;
        }
        jobs.put(id, current.withLease(lease));
        return true;
    }

    @Override
    public synchronized Optional<Job> claim(JobId id, Lease lease, Instant now) {
        Job current = jobs.get(id);
        if (current == null || !claimable(current, lease.owner(), now)) {
            return Optional.empty();
        }
        return Optional.of(take(current, lease));
    }

    @Override
    public synchronized List<Job> claimAbandoned(Lease lease, Instant now, Instant queuedBefore, int limit) {
        return jobs.values().stream()
                .filter(j -> abandoned(j, now, queuedBefore))
                .sorted(Comparator.comparing(Job::createdAt).thenComparing(j -> j.id().value()))
                .limit(limit)
                .toList()
                .stream()
                .map(j -> take(j, lease))
                .toList();
    }

    @Override
    public synchronized int releaseLeases(String owner, Instant now) {
        List<Job> held =
                jobs.values().stream().filter(j -> j.leaseHeldBy(owner, now)).toList();
        held.forEach(j -> jobs.put(j.id(), j.withLease(new Lease(owner, now))));
        return held.size();
    }

    private static boolean claimable(Job job, String owner, Instant now) {
        return job.status().isActive() && (job.lease() == null || job.leaseExpired(now) || job.leaseHeldBy(owner, now));
    }

    private static boolean abandoned(Job job, Instant now, Instant queuedBefore) {
        if (!job.status().isActive()) {
            return false;
        }
        return job.lease() == null
                ? job.status() == JobStatus.QUEUED && job.updatedAt().isBefore(queuedBefore)
                : job.leaseExpired(now);
    }

    private Job take(Job job, Lease lease) {
        return next(job, lease);
    }

    /** Stores the job's next version with {@code lease}. */
    private Job next(Job job, Lease lease) {
        Job taken = new Job(
                job.id(),
                job.owner(),
                job.thread(),
                job.status(),
                job.context(),
                job.version() + 1,
                lease,
                job.createdAt(),
                job.updatedAt());
        jobs.put(job.id(), taken);
        return taken;
    }

    @Override
    public synchronized List<Job> list(int limit) {
        return jobs.values().stream()
                .sorted(Comparator.comparing(Job::createdAt)
                        .thenComparing(j -> j.id().value())
                        .reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Job> findByStatus(Set<JobStatus> statuses) {
        return list(Integer.MAX_VALUE).stream()
                .filter(j -> statuses.contains(j.status()))
                .toList();
    }

    /** How many checkpoints were written: a test of "a checkpoint after each stage" counts them. */
    public synchronized int saves() {
        return saves;
    }
}
