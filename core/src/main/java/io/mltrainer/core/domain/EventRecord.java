package io.mltrainer.core.domain;

import java.time.Instant;
import java.util.Objects;

/** An event as stored: which build, its position in that build's log, and when. */
public record EventRecord(JobId jobId, long seq, Instant at, JobEvent event) {
    public EventRecord {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
    }
}
