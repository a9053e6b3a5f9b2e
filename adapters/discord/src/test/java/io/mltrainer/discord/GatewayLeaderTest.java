package io.mltrainer.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.chat.LeaderLeases;
import io.mltrainer.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The gateway runs on the replica holding the lease; the other takes over once the leader stopped renewing it. The
 * store here keeps the port's rule in memory (the database's own is tested in {@code JooqLeaderLeasesTest}).
 */
class GatewayLeaderTest {
    private static final Duration TTL = Duration.ofSeconds(3);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemoryLeases leases = new InMemoryLeases(clock);

    @Test
    void of_two_replicas_one_connects_and_the_other_takes_over_after_the_lease_expired() {
        Connections a = new Connections();
        Connections b = new Connections();
        GatewayLeader first = new GatewayLeader(new GatewayLease(leases, "a", TTL, clock), a::connect);
        GatewayLeader second = new GatewayLeader(new GatewayLease(leases, "b", TTL, clock), b::connect);

        assertThat(first.heartbeat()).isTrue();
        assertThat(second.heartbeat()).isFalse();
        assertThat(a.open.get()).isEqualTo(1);
        assertThat(b.open.get()).isZero();

        clock.advance(TTL.plusMillis(1)); // the first replica died: no heartbeat

        assertThat(second.heartbeat()).isTrue();
        assertThat(b.open.get()).isEqualTo(1);
        assertThat(first.heartbeat())
                .as("a leader that comes back finds the lease taken")
                .isFalse();
        assertThat(a.open.get()).as("and disconnects").isZero();
    }

    @Test
    void a_leader_that_renews_keeps_the_gateway_connected_once() {
        Connections a = new Connections();
        GatewayLeader leader = new GatewayLeader(new GatewayLease(leases, "a", TTL, clock), a::connect);
        GatewayLeader other = new GatewayLeader(new GatewayLease(leases, "b", TTL, clock), new Connections()::connect);

        for (int beat = 0; beat < 5; beat++) {
            assertThat(leader.heartbeat()).isTrue();
            clock.advance(TTL.dividedBy(3));
            assertThat(other.heartbeat()).isFalse();
        }
        assertThat(a.connects.get()).isEqualTo(1);
    }

    @Test
    void closing_the_leader_gives_the_lease_up_so_the_other_takes_over_at_once() {
        Connections a = new Connections();
        GatewayLeader leader = new GatewayLeader(new GatewayLease(leases, "a", TTL, clock), a::connect);
        GatewayLeader other = new GatewayLeader(new GatewayLease(leases, "b", TTL, clock), new Connections()::connect);
        leader.heartbeat();

        leader.close();

        assertThat(a.open.get()).isZero();
        assertThat(other.heartbeat()).isTrue();
    }

    @Test
    void a_leader_that_cannot_reach_the_database_keeps_the_gateway_only_until_its_lease_runs_out() {
        Connections a = new Connections();
        GatewayLeader leader = new GatewayLeader(new GatewayLease(leases, "a", TTL, clock), a::connect);
        leader.heartbeat();
        leases.down = true;

        clock.advance(TTL.dividedBy(2));
        assertThat(leader.heartbeat()).isTrue();
        clock.advance(TTL);
        assertThat(leader.heartbeat()).isFalse();

        assertThat(a.open.get()).isZero();
    }

    /** Counts gateway connections opened and still open. */
    private static final class Connections {
        final AtomicInteger connects = new AtomicInteger();
        final AtomicInteger open = new AtomicInteger();

        AutoCloseable connect() {
            connects.incrementAndGet();
            open.incrementAndGet();
            return open::decrementAndGet;
        }
    }

    private static final class InMemoryLeases implements LeaderLeases {
        private final Clock clock;
        private final Map<String, Map.Entry<String, Instant>> held = new HashMap<>();
        volatile boolean down;

        InMemoryLeases(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized boolean acquire(String name, String holder, Duration ttl) {
            if (down) {
                throw new IllegalStateException("database unreachable");
            }
            Instant now = clock.instant();
            var current = held.get(name);
            if (current != null
                    && !current.getKey().equals(holder)
                    && !current.getValue().isBefore(now)) {
                return false;
            }
            held.put(name, Map.entry(holder, now.plus(ttl)));
            return true;
        }

        @Override
        public synchronized void release(String name, String holder) {
            var current = held.get(name);
            if (current != null && current.getKey().equals(holder)) {
                held.remove(name);
            }
        }
    }
}
