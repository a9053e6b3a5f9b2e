package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.JobSummary;
import io.mltrainer.core.domain.Lease;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where builds are kept. Every implementation passes the same contract suite. */
public interface JobRepository {

    /** Stores a new job; its version must be 0. */
    void create(Job job);

    Optional<Job> find(JobId id);

    /**
     * Stores {@code job} if the stored version still equals {@code job.version()}, and returns it with the next
     * version.
     *
     * @throws StaleJobException when someone else saved the job in between
     */
    Job save(Job job);

    /** Extends a lease without touching the version, so heartbeats never collide with checkpoints. */
    boolean renewLease(JobId id, Lease lease);

    /**
     * Takes build {@code id} for {@code lease.owner()} when nobody else holds it: the build is active (queued, running
     * or awaiting its run) and its lease is missing, expired at {@code now} or already the owner's. Exactly one of
     * any number of concurrent callers gets it; the returned job carries the new lease and the next version, so a
     * worker that lost the lease finds its next checkpoint stale. Empty when the build is not there to take.
     */
    Optional<Job> claim(JobId id, Lease lease, Instant now);

    /**
     * Takes, for {@code lease.owner()}, at most {@code limit} builds that no live replica holds, oldest first: active
     * builds whose lease expired at {@code now}, and queued builds without a lease last changed before {@code
     * queuedBefore} (queued by a replica that died before starting them). Rows another caller is claiming at the
     * same moment are skipped ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL), so each build is taken exactly once.
     */
    List<Job> claimAbandoned(Lease lease, Instant now, Instant queuedBefore, int limit);

    /**
     * Gives up every lease {@code owner} holds (a replica that drains before it stops): its builds' leases expire at
     * once, so another replica takes them over at its next look instead of after the lease's length. Returns how
     * many leases were released.
     */
    int releaseLeases(String owner, Instant now);

    /** Newest first. */
    List<Job> list(int limit);

    /**
     * As {@link #list(int)}, each build as its {@link JobSummary}: a store reads it without the context document.
     */
    default List<JobSummary> summaries(int limit) {
        return list(limit).stream().map(JobSummary::of).toList();
    }

    /** The builds whose thread is in the channel of {@code channel} (same platform, workspace, channel), newest first. */
    default List<Job> findInChannel(io.mltrainer.core.domain.ThreadKey channel, int limit) {
        return list(Integer.MAX_VALUE).stream()
                .filter(j -> j.thread().platform().equals(channel.platform())
                        && j.thread().workspace().equals(channel.workspace())
                        && j.thread().channel().equals(channel.channel()))
                .limit(limit)
                .toList();
    }

    /** Newest first. */
    List<Job> findByStatus(Set<JobStatus> statuses);
}
