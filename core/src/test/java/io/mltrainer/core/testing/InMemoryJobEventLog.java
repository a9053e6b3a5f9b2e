package io.mltrainer.core.testing;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.out.JobEventLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An event log in memory, numbered per job. Appending is O(1), so the benchmarks (which use it too) measure the
 * orchestrator, not a log that slows down as events accumulate.
 */
public final class InMemoryJobEventLog implements JobEventLog {
    private final Map<JobId, List<EventRecord>> records = new HashMap<>();

    @Override
    public synchronized EventRecord append(JobId jobId, JobEvent event, Instant at) {
        List<EventRecord> log = records.computeIfAbsent(jobId, id -> new ArrayList<>());
        EventRecord record = new EventRecord(jobId, log.size() + 1L, at, event);
        log.add(record);
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

    public synchronized <T extends JobEvent> List<T> events(JobId jobId, Class<T> type) {
        return list(jobId).stream()
                .map(EventRecord::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
