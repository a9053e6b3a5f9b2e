package io.mltrainer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.chat.LeaderLeases;
import io.mltrainer.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leader leases on the embedded database: one holder at a time, renewed by heartbeat, taken over after expiry. */
class JooqLeaderLeasesTest {
    private static final Duration TTL = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private Database database;
    private LeaderLeases leases;

    @BeforeEach
    void open() {
        database = Database.embedded(home);
        leases = database.leaderLeases(clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void of_two_candidates_one_wins_and_the_other_takes_over_once_the_lease_expired() {
        assertThat(leases.acquire("discord-gateway", "replica-a", TTL)).isTrue();
        assertThat(leases.acquire("discord-gateway", "replica-b", TTL)).isFalse();

        clock.advance(TTL.plusSeconds(1));

        assertThat(leases.acquire("discord-gateway", "replica-b", TTL)).isTrue();
        assertThat(leases.acquire("discord-gateway", "replica-a", TTL))
                .as("the old leader lost it")
                .isFalse();
    }

    @Test
    void a_heartbeat_keeps_the_lease_beyond_its_first_expiry() {
        leases.acquire("discord-gateway", "replica-a", TTL);

        clock.advance(Duration.ofSeconds(20));
        assertThat(leases.acquire("discord-gateway", "replica-a", TTL)).isTrue();
        clock.advance(Duration.ofSeconds(20));

        assertThat(leases.acquire("discord-gateway", "replica-b", TTL)).isFalse();
    }

    @Test
    void a_released_lease_is_taken_at_once_and_only_its_holder_can_release_it() {
        leases.acquire("discord-gateway", "replica-a", TTL);

        leases.release("discord-gateway", "replica-b");
        assertThat(leases.acquire("discord-gateway", "replica-b", TTL)).isFalse();

        leases.release("discord-gateway", "replica-a");
        assertThat(leases.acquire("discord-gateway", "replica-b", TTL)).isTrue();
    }

    @Test
    void leases_of_different_names_are_independent() {
        assertThat(leases.acquire("discord-gateway", "replica-a", TTL)).isTrue();
        assertThat(leases.acquire("something-else", "replica-b", TTL)).isTrue();
    }
}
