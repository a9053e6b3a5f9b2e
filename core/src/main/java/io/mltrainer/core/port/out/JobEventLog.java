package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import java.time.Instant;
import java.util.List;

/** The append-only log of what happened to each build. */
public interface JobEventLog {

    EventRecord append(JobId jobId, JobEvent event, Instant at);

    /** In order of appending. */
    List<EventRecord> list(JobId jobId);

    /** The last {@code count} events, oldest first. */
    List<EventRecord> tail(JobId jobId, int count);
}
