package io.mltrainer.bench;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Lease;
import io.mltrainer.core.port.JobRepository;
import io.mltrainer.core.port.StaleJobException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A job store in memory with the same optimistic version check as the database one (and as core's test store): a
 * save whose version is not the stored one is refused with {@link StaleJobException}. No serialization, so a
 * benchmark on it measures the orchestrator, not the store. It also counts calls, so a benchmark can say how many
 * checkpoints one build writes.
 */
final class InMemoryJobRepository implements JobRepository {
    private final Map<JobId, Job> jobs = new HashMap<>();
    private long saves;
    private long finds;

    @Override
    public synchronized void create(Job job) {
        if (job.version() != 0) {
            throw new IllegalArgumentException("a new job has version 0, not " + job.version());
        }
        if (jobs.putIfAbsent(job.id(), job) != null) {
            throw new IllegalStateException("build " + job.id() + " exists");
        }
    }

    @Override
    public synchronized Optional<Job> find(JobId id) {
        finds++;
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public synchronized Job save(Job job) {
        Job current = jobs.get(job.id());
        if (current == null || current.version() != job.version()) {
            throw new StaleJobException(job.id(), job.version());
        }
        Job next = new Job(
                job.id(),
                job.owner(),
                job.thread(),
                job.status(),
                job.context(),
                job.version() + 1,
                job.lease(),
                job.createdAt(),
                job.updatedAt());
        jobs.put(job.id(), next);
        saves++;
        return next;
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

    synchronized long saves() {
        return saves;
    }

    synchronized long finds() {
        return finds;
    }

    synchronized int size() {
        return jobs.size();
    }

    /** Forgets every job, so that a long run does not grow the heap. */
    synchronized void clear() {
        jobs.clear();
    }
}
