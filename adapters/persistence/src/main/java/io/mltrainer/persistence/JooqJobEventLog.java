package io.mltrainer.persistence;

import static io.mltrainer.db.jooq.Tables.JOB_EVENTS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.db.jooq.tables.records.JobEventsRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Events in the {@code job_events} table, numbered per job. The next number is read and used in one transaction;
 * when two writers take the same number, the unique (job_id, seq) key refuses the second, which tries again.
 */
final class JooqJobEventLog implements JobEventLog {
    private final DSLContext db;
    private final JsonCodec json;
    private final Retry onSeqClash;

    JooqJobEventLog(DSLContext db, JsonCodec json) {
        this.db = db;
        this.json = json;
        this.onSeqClash = Retry.of(
                "job-event-seq",
                RetryConfig.custom()
                        .maxAttempts(10)
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                                Duration.ofMillis(2), 2.0, Duration.ofMillis(100)))
                        .retryOnException(SqlStates::isUniqueViolation)
                        .build());
    }

    @Override
    public EventRecord append(JobId jobId, JobEvent event, Instant at) {
        String type = json.typeOf(event);
        String payload = json.write(event);
        int seq = Retry.decorateSupplier(onSeqClash, () -> insert(jobId, type, payload, at))
                .get();
        return new EventRecord(jobId, seq, at, event);
    }

    private int insert(JobId jobId, String type, String payload, Instant at) {
        return db.transactionResult(tx -> {
            int seq = tx.dsl()
                            .select(coalesce(max(JOB_EVENTS.SEQ), 0))
                            .from(JOB_EVENTS)
                            .where(JOB_EVENTS.JOB_ID.eq(jobId.value()))
                            .fetchSingle()
                            .value1()
                    + 1;
            tx.dsl()
                    .insertInto(JOB_EVENTS)
                    .set(JOB_EVENTS.JOB_ID, jobId.value())
                    .set(JOB_EVENTS.SEQ, seq)
                    .set(JOB_EVENTS.TYPE, type)
                    .set(JOB_EVENTS.PAYLOAD, payload)
                    .set(JOB_EVENTS.CREATED_AT, at.atOffset(ZoneOffset.UTC))
                    .execute();
            return seq;
        });
    }

    @Override
    public List<EventRecord> list(JobId jobId) {
        return db.selectFrom(JOB_EVENTS)
                .where(JOB_EVENTS.JOB_ID.eq(jobId.value()))
                .orderBy(JOB_EVENTS.SEQ)
                .fetch(this::toRecord);
    }

    @Override
    public List<EventRecord> tail(JobId jobId, int count) {
        List<EventRecord> newestFirst = new ArrayList<>(db.selectFrom(JOB_EVENTS)
                .where(JOB_EVENTS.JOB_ID.eq(jobId.value()))
                .orderBy(JOB_EVENTS.SEQ.desc())
                .limit(count)
                .fetch(this::toRecord));
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    private EventRecord toRecord(JobEventsRecord r) {
        return new EventRecord(
                new JobId(r.getJobId()), r.getSeq(), r.getCreatedAt().toInstant(), json.readEvent(r.getPayload()));
    }
}
