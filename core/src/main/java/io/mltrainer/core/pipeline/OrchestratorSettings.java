package io.mltrainer.core.pipeline;

import java.time.Duration;
import java.util.Objects;

/** Lease length (how long a dead replica's builds wait to be taken over), heartbeat period and how often a running build checks whether it was cancelled elsewhere. */
public record OrchestratorSettings(Duration leaseTtl, Duration heartbeat, Duration cancelPoll) {
    public OrchestratorSettings {
        Objects.requireNonNull(leaseTtl, "leaseTtl");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(cancelPoll, "cancelPoll");
        if (heartbeat.compareTo(leaseTtl) >= 0) {
            throw new IllegalArgumentException("the heartbeat must be shorter than the lease");
        }
    }

    public static OrchestratorSettings defaults() {
        return withLease(Duration.ofSeconds(30));
    }

    /**
     * A lease of {@code ttl}, renewed three times per length: another replica takes a dead replica's builds over
     * between {@code ttl} and {@code ttl} plus a heartbeat after its last renewal.
     */
    public static OrchestratorSettings withLease(Duration ttl) {
        if (ttl.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("a lease lasts at least 3 seconds, not " + ttl.toMillis() + " ms");
        }
        return new OrchestratorSettings(ttl, ttl.dividedBy(3), Duration.ofSeconds(1));
    }

    /** {@code MLTRAINER_LEASE_SECONDS} (null or blank: the default, 30 s). */
    public static OrchestratorSettings fromLeaseSeconds(String text) {
        if (text == null || text.isBlank()) {
            return defaults();
        }
        try {
            return withLease(Duration.ofSeconds(Long.parseLong(text.trim())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "MLTRAINER_LEASE_SECONDS must be a whole number of seconds, at least 3, not '" + text + "'", e);
        }
    }
}
