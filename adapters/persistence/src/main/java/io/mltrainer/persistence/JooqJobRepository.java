package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.JOBS;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.JobSummary;
import io.mltrainer.core.domain.Lease;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.StaleJobException;
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
    private static final org.jooq.Condition ACTIVE =
            JOBS.STATUS.in(JobStatus.QUEUED.name(), JobStatus.RUNNING.name(), JobStatus.AWAITING_RUN.name());

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
    public Optional<Job> claim(JobId id, Lease lease, Instant now) {
        // One conditional update: PostgreSQL re-checks the condition after waiting for a concurrent claim's row
        // lock, so of any number of claimers exactly one updates the row.
        int taken = db.update(JOBS)
                .set(JOBS.LEASE_OWNER, lease.owner())
                .set(JOBS.LEASE_EXPIRES_AT, utc(lease.expiresAt()))
                .set(JOBS.VERSION, JOBS.VERSION.plus(1))
                .where(JOBS.ID.eq(id.value()))
                .and(ACTIVE)
                .and(JOBS.LEASE_OWNER
                        .isNull()
                        .or(JOBS.LEASE_EXPIRES_AT.le(utc(now)))
                        .or(JOBS.LEASE_OWNER.eq(lease.owner())))
                .execute();
        return taken == 1 ? find(id) : Optional.empty();
    }

    @Override
    public List<Job> claimAbandoned(Lease lease, Instant now, Instant queuedBefore, int limit) {
        return db.transactionResult(tx -> {
            DSLContext in = tx.dsl();
            var abandoned = in.select(JOBS.ID)
                    .from(JOBS)
                    .where(ACTIVE)
                    .and(JOBS.LEASE_EXPIRES_AT
                            .le(utc(now))
                            .or(JOBS.LEASE_OWNER
                                    .isNull()
                                    .and(JOBS.STATUS.eq(JobStatus.QUEUED.name()))
                                    .and(JOBS.UPDATED_AT.lt(utc(queuedBefore)))))
                    .orderBy(JOBS.CREATED_AT, JOBS.ID)
                    .limit(limit);
            // Rows another replica is claiming right now are skipped rather than waited for (H2 and PostgreSQL
            // both know SKIP LOCKED); the conditional update of claim() still decides, so nothing is taken twice.
            List<String> ids = abandoned.forUpdate().skipLocked().fetch(JOBS.ID);
            JooqJobRepository inTx = new JooqJobRepository(in, json);
            return ids.stream()
                    .map(id -> inTx.claim(new JobId(id), lease, now))
                    .flatMap(Optional::stream)
                    .toList();
        });
    }

    @Override
    public int releaseLeases(String owner, Instant now) {
        return db.update(JOBS)
                .set(JOBS.LEASE_EXPIRES_AT, utc(now))
                .where(JOBS.LEASE_OWNER.eq(owner))
                .and(JOBS.LEASE_EXPIRES_AT.gt(utc(now)))
                .execute();
    }

    @Override
    public List<Job> list(int limit) {
        return db.selectFrom(JOBS).orderBy(newestFirst()).limit(limit).fetch(this::toJob);
    }

    @Override
    public List<JobSummary> summaries(int limit) {
        return db.select(JOBS.ID, JOBS.STATUS, JOBS.TASK_TYPE, JOBS.CURRENT_STAGE, JOBS.CREATED_AT, JOBS.UPDATED_AT)
                .from(JOBS)
                .orderBy(newestFirst())
                .limit(limit)
                .fetch(r -> new JobSummary(
                        new JobId(r.value1()),
                        JobStatus.valueOf(r.value2()),
                        Optional.ofNullable(r.value3()).map(TaskType::fromId),
                        Optional.ofNullable(r.value4()).map(Stage::fromId),
                        r.value5().toInstant(),
                        r.value6().toInstant()));
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
