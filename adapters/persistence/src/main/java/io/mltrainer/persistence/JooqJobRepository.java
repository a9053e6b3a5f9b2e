package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.JOBS;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Lease;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.JobRepository;
import io.mltrainer.core.port.StaleJobException;
import io.mltrainer.db.jooq.tables.records.JobsRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;

/**
 * Jobs in the {@code jobs} table: the context as one JSON document, next to the columns that are searched (owner,
 * thread, status, task type, current stage) and the optimistic lock ({@code version}) and lease.
 */
final class JooqJobRepository implements JobRepository {
    private final DSLContext db;
    private final JsonCodec json;

    JooqJobRepository(DSLContext db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public void create(Job job) {
        if (job.version() != 0) {
            throw new IllegalArgumentException("a new job has version 0, not " + job.version());
        }
        try {
            db.insertInto(JOBS).set(toRecord(job, 0)).execute();
        } catch (DataAccessException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new IllegalStateException("build " + job.id() + " exists", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Job> find(JobId id) {
        return db.selectFrom(JOBS).where(JOBS.ID.eq(id.value())).fetchOptional(this::toJob);
    }

    @Override
    public Job save(Job job) {
        int next = job.version() + 1;
        int updated = db.update(JOBS)
                .set(toRecord(job, next))
                .where(JOBS.ID.eq(job.id().value()))
                .and(JOBS.VERSION.eq(job.version()))
                .execute();
        if (updated == 0) {
            throw new StaleJobException(job.id(), job.version());
        }
        return new Job(
                job.id(),
                job.owner(),
                job.thread(),
                job.status(),
                job.context(),
                next,
                job.lease(),
                job.createdAt(),
                job.updatedAt());
    }

    @Override
    public boolean renewLease(JobId id, Lease lease) {
        return db.update(JOBS)
                        .set(JOBS.LEASE_EXPIRES_AT, utc(lease.expiresAt()))
                        .where(JOBS.ID.eq(id.value()))
                        .and(JOBS.LEASE_OWNER.eq(lease.owner()))
                        .execute()
                == 1;
    }

    @Override
    public List<Job> list(int limit) {
        return db.selectFrom(JOBS).orderBy(newestFirst()).limit(limit).fetch(this::toJob);
    }

    @Override
    public List<Job> findInChannel(ThreadKey channel, int limit) {
        return db.selectFrom(JOBS)
                .where(JOBS.PLATFORM.eq(channel.platform()))
                .and(JOBS.WORKSPACE.eq(channel.workspace()))
                .and(JOBS.CHANNEL.eq(channel.channel()))
                .orderBy(newestFirst())
                .limit(limit)
                .fetch(this::toJob);
    }

    @Override
    public List<Job> findByStatus(Set<JobStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        List<String> names = statuses.stream().map(JobStatus::name).toList();
        return db.selectFrom(JOBS)
                .where(JOBS.STATUS.in(names))
                .orderBy(newestFirst())
                .fetch(this::toJob);
    }

    private static SortField<?>[] newestFirst() {
        return new SortField<?>[] {JOBS.CREATED_AT.desc(), JOBS.ID.desc()};
    }

    private JobsRecord toRecord(Job job, int version) {
        ThreadKey thread = job.thread();
        Lease lease = job.lease();
        return new JobsRecord(
                job.id().value(),
                job.owner(),
                thread.platform(),
                thread.workspace(),
                thread.channel(),
                thread.thread(),
                job.status().name(),
                job.taskType().map(TaskType::id).orElse(null),
                job.currentStage().map(Stage::id).orElse(null),
                json.write(job.context()),
                version,
                lease == null ? null : lease.owner(),
                lease == null ? null : utc(lease.expiresAt()),
                utc(job.createdAt()),
                utc(job.updatedAt()));
    }

    private Job toJob(JobsRecord r) {
        return new Job(
                new JobId(r.getId()),
                r.getOwner(),
                new ThreadKey(r.getPlatform(), r.getWorkspace(), r.getChannel(), r.getThread()),
                JobStatus.valueOf(r.getStatus()),
                json.readContext(r.getContext()),
                r.getVersion(),
                r.getLeaseOwner() == null
                        ? null
                        : new Lease(r.getLeaseOwner(), r.getLeaseExpiresAt().toInstant()),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
