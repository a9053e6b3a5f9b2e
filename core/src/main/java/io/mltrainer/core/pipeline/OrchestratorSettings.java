package io.mltrainer.core.pipeline;

import java.time.Duration;
import java.util.Objects;

/** Lease length, heartbeat period and how often a running build checks whether it was cancelled elsewhere. */
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
        return new OrchestratorSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(1));
    }
}
