package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.out.EventListener;
import io.mltrainer.core.port.out.JobEventLog;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends every event to the log, then hands it to the surfaces that listen. Each event is masked first, so a
 * credential that slipped into an error message or a tool result reaches neither the log nor a surface.
 */
public final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final JobEventLog log;
    private final Clock clock;
    private final UnaryOperator<JobEvent> masker;
    private final List<EventListener> listeners = new CopyOnWriteArrayList<>();

    /** Masks events with an {@link EventMasker}. */
    public EventBus(JobEventLog log, Clock clock) {
        this(log, clock, new EventMasker());
    }

    /** {@code masker} turns each event into the one that is stored and shown. */
    public EventBus(JobEventLog log, Clock clock, UnaryOperator<JobEvent> masker) {
        this.log = log;
        this.clock = clock;
        this.masker = masker;
    }

    public void subscribe(EventListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(EventListener listener) {
        listeners.remove(listener);
    }

    /** How many of the build's logged events are {@code which} (what an earlier follower of its run published). */
    public int count(JobId jobId, java.util.function.Predicate<JobEvent> which) {
        return (int) log.list(jobId).stream().filter(r -> which.test(r.event())).count();
    }

    public EventRecord publish(JobId jobId, JobEvent event) {
        EventRecord record = log.append(jobId, masker.apply(event), clock.instant());
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
