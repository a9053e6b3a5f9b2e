package io.mltrainer.bench;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.JobEventLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An event log in memory, numbered per job. Unlike core's test log (which counts all records to number the next),
 * appending is O(1), so that the log does not slow down as a benchmark run accumulates events.
 */
final class InMemoryJobEventLog implements JobEventLog {
    private final Map<JobId, List<EventRecord>> records = new HashMap<>();
    private long appends;

    @Override
    public synchronized EventRecord append(JobId jobId, JobEvent event, Instant at) {
        List<EventRecord> log = records.computeIfAbsent(jobId, id -> new ArrayList<>());
        EventRecord record = new EventRecord(jobId, log.size() + 1L, at, event);
        log.add(record);
        appends++;
        return record;
    }

    @Override
    public synchronized List<EventRecord> list(JobId jobId) {
        return List.copyOf(records.getOrDefault(jobId, List.of()));
    }

    @Override
    public synchronized List<EventRecord> tail(JobId jobId, int count) {
        List<EventRecord> all = records.getOrDefault(jobId, List.of());
        return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
    }

    synchronized long appends() {
        return appends;
    }

    synchronized void clear() {
        records.clear();
    }
}
