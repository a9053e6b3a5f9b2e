package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.EventListener;
import io.mltrainer.core.port.JobEventLog;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Appends every event to the log, then hands it to the surfaces that listen. */
public final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final JobEventLog log;
    private final Clock clock;
    private final List<EventListener> listeners = new CopyOnWriteArrayList<>();

    public EventBus(JobEventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void subscribe(EventListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(EventListener listener) {
        listeners.remove(listener);
    }

    public EventRecord publish(JobId jobId, JobEvent event) {
        EventRecord record = log.append(jobId, event, clock.instant());
        for (EventListener listener : listeners) {
            try {
                listener.onEvent(record);
            } catch (RuntimeException e) {
                // A broken surface must not break the build; the event is in the log either way.
                LOG.warn(
                        "event listener {} failed on {}: {}",
                        listener,
                        event.getClass().getSimpleName(),
                        e.toString());
            }
        }
        return record;
    }
}
