package io.mltrainer.discord;

import io.mltrainer.core.chat.LeaderLeases;
import java.time.Clock;
import java.time.Duration;

/**
 * The leader lease under which one replica at a time runs the Discord gateway: who this replica is ({@code holder},
 * unique per process), how long a lease lasts ({@code ttl}; renewed every third of it) and the clock expiry is
 * judged by.
 */
public record GatewayLease(LeaderLeases leases, String holder, Duration ttl, Clock clock) {
    public static final String NAME = "discord-gateway";
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(30);

    public GatewayLease {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the gateway lease must last longer than zero");
        }
    }
}
