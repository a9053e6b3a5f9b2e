package io.mltrainer.slack;

import io.mltrainer.core.port.out.Deliveries;

/**
 * De-duplication of Slack's event deliveries by {@code event_id}: Slack retries a delivery it did not see
 * acknowledged in time, and Bolt does not de-duplicate. It runs on the inbox, after the acknowledgement, so the
 * database write never delays Slack; a delivery of a thread and its retries queue on that thread's inbox in order,
 * and the store's first-delivery write (shared by replicas) lets exactly one of them through.
 */
final class OncePerEvent {
    private final Deliveries deliveries;

    OncePerEvent(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** Runs {@code work} if this is the first delivery of {@code eventId} (null: an event without one, always). */
    void run(String eventId, Runnable work) {
        if (eventId == null || deliveries.firstDelivery(Threads.PLATFORM, eventId)) {
            work.run();
        } else {
            duplicate(eventId);
        }
    }

    /** A retried delivery, dropped: the one place every de-duplicated Slack event passes (count them here). */
    private void duplicate(String eventId) {
        // nothing to do: the first delivery is being or was handled
    }
}
