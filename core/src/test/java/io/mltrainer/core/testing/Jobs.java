package io.mltrainer.core.testing;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Lease;
import io.mltrainer.core.domain.ThreadKey;
import java.time.Instant;

/**
 * A test-data builder for {@link Job}: a new, queued build in a Slack thread unless told otherwise. Times are whole
 * milliseconds, which every store keeps exactly.
 */
public final class Jobs {
    public static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.123Z");

    private JobId id = new JobId("job-0001");
    private String owner = "U0123";
    private ThreadKey thread = new ThreadKey("slack", "T0001", "C0001", "1767323045.000100");
    private JobStatus status = JobStatus.QUEUED;
    private JobContext context = Contexts.minimal();
    private Lease lease;
    private Instant createdAt = CREATED;
    private Instant updatedAt = CREATED;

    private Jobs() {}

    public static Jobs aJob() {
        return new Jobs();
    }

    public Jobs withId(String value) {
        this.id = new JobId(value);
        return this;
    }

    public Jobs ownedBy(String value) {
        this.owner = value;
        return this;
    }

    public Jobs inThread(ThreadKey value) {
        this.thread = value;
        return this;
    }

    public Jobs withStatus(JobStatus value) {
        this.status = value;
        return this;
    }

    public Jobs withContext(JobContext value) {
        this.context = value;
        return this;
    }

    public Jobs leasedTo(String leaseOwner, Instant expiresAt) {
        this.lease = new Lease(leaseOwner, expiresAt);
        return this;
    }

    /** Created (and last updated) at {@code value}. */
    public Jobs createdAt(Instant value) {
        this.createdAt = value;
        this.updatedAt = value;
        return this;
    }

    public Jobs updatedAt(Instant value) {
        this.updatedAt = value;
        return this;
    }

    public Job build() {
        return new Job(id, owner, thread, status, context, 0, lease, createdAt, updatedAt);
    }
}
