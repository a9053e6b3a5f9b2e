package io.mltrainer.persistence;

import static io.mltrainer.core.testing.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.CardMessages;
import io.mltrainer.core.port.out.Deliveries;
import io.mltrainer.core.port.out.IntakeRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stores of the chat surfaces on the embedded database: deliveries, status cards, private answers. */
class ChatStoresTest {
    @TempDir
    Path home;

    private Database database;

    @BeforeEach
    void start() {
        database = open(true);
    }

    /** The database under test; {@code empty} for a fresh start, else the same data again (a restart). */
    Database open(boolean empty) {
        return Database.embedded(home);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_delivery_is_first_exactly_once_also_across_a_restart_and_per_platform() {
        Deliveries deliveries = database.deliveries();
        assertThat(deliveries.firstDelivery("slack", "Ev0001")).isTrue();
        assertThat(deliveries.firstDelivery("slack", "Ev0001")).isFalse();
        assertThat(deliveries.firstDelivery("discord", "Ev0001")).isTrue();

        database.close();
        database = open(false);

        assertThat(database.deliveries().firstDelivery("slack", "Ev0001")).isFalse();
        assertThat(database.deliveries().firstDelivery("slack", "Ev0002")).isTrue();
    }

    @Test
    void of_concurrent_deliveries_of_one_event_exactly_one_is_first() throws Exception {
        Deliveries deliveries = database.deliveries();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                racers.add(() -> deliveries.firstDelivery("slack", "EvRace"));
            }
            long firsts = 0;
            for (Future<Boolean> result : pool.invokeAll(racers)) {
                firsts += result.get() ? 1 : 0;
            }
            assertThat(firsts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_card_reference_is_kept_per_build_and_platform_and_can_move() {
        JobId job = new JobId("job-card");
        database.jobs().create(aJob().withId(job.value()).build());
        CardMessages cards = database.cardMessages();

        assertThat(cards.find(job, "slack")).isEmpty();
        cards.save(job, "slack", "1700000000.000200");
        cards.save(job, "discord", "1234567890");
        assertThat(cards.find(job, "slack")).contains("1700000000.000200");
        cards.save(job, "slack", "1700000000.000300");

        database.close();
        database = open(false);
        assertThat(database.cardMessages().find(job, "slack")).contains("1700000000.000300");
        assertThat(database.cardMessages().find(job, "discord")).contains("1234567890");
    }

    @Test
    void the_intake_waiting_for_a_credential_is_found_by_its_owner() {
        IntakeRepository intakes = database.intakes();
        Instant t0 = Instant.parse("2026-11-28T10:00:00Z");
        ThreadKey older = new ThreadKey("slack", "T1", "C1", "1.1");
        ThreadKey newer = new ThreadKey("slack", "T1", "C1", "2.2");
        ThreadKey notWaiting = new ThreadKey("slack", "T1", "C1", "3.3");
        intakes.save(IntakeState.start(older, "slack:U1", t0).asking(Slot.HF_TOKEN));
        intakes.save(IntakeState.start(newer, "slack:U1", t0.plusSeconds(60)).asking(Slot.KAGGLE_CREDENTIALS));
        intakes.save(
                IntakeState.start(notWaiting, "slack:U1", t0.plusSeconds(120)).asking(Slot.DATASET));
        intakes.save(IntakeState.start(new ThreadKey("slack", "T1", "C1", "4.4"), "slack:U2", t0)
                .asking(Slot.HF_TOKEN));

        assertThat(intakes.awaitingPrivateAnswer("slack:U1"))
                .map(IntakeState::thread)
                .contains(newer);
        assertThat(intakes.awaitingPrivateAnswer("slack:U3")).isEmpty();
    }
}
