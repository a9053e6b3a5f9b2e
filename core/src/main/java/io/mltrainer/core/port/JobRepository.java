package io.mltrainer.core.port;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Lease;
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

    /** Newest first. */
    List<Job> list(int limit);

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
