package io.mltrainer.core.testing;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.JobEventLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public final class InMemoryJobEventLog implements JobEventLog {
    private final List<EventRecord> records = new ArrayList<>();

    @Override
    public synchronized EventRecord append(JobId jobId, JobEvent event, Instant at) {
        long seq = records.stream().filter(r -> r.jobId().equals(jobId)).count() + 1;
        EventRecord record = new EventRecord(jobId, seq, at, event);
        records.add(record);
        return record;
    }

    @Override
    public synchronized List<EventRecord> list(JobId jobId) {
        return records.stream().filter(r -> r.jobId().equals(jobId)).toList();
    }

    @Override
    public synchronized List<EventRecord> tail(JobId jobId, int count) {
        List<EventRecord> all = new ArrayList<>(list(jobId));
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
