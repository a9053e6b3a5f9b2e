package io.mltrainer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.ThreadOrder;
import io.mltrainer.core.testing.Waits;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Two replicas (two connection pools) on one PostgreSQL database take turns on a chat thread. */
@EnabledIfEnvironmentVariable(named = PostgresDatabases.URL, matches = "jdbc:postgresql:.+")
class PostgresThreadOrderTest {
    private static final ThreadKey THREAD = new ThreadKey("slack", "T1", "C1", "1700000000.000100");
    private static final ThreadKey OTHER = new ThreadKey("slack", "T1", "C1", "1700000000.000200");

    private final ExecutorService deliveries = Executors.newFixedThreadPool(3);
    private Database replicaA;
    private Database replicaB;

    @BeforeEach
    void openTwoReplicas() {
        replicaA = PostgresDatabases.emptied();
        replicaB = PostgresDatabases.connected();
    }

    @AfterEach
    void close() {
        deliveries.shutdownNow();
        replicaA.close();
        replicaB.close();
    }

    @Test
    void a_message_of_a_thread_another_replica_is_handling_waits_for_its_turn() throws Exception {
        List<String> handled = new CopyOnWriteArrayList<>();
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        ThreadOrder onA = replicaA.threadOrder();
        ThreadOrder onB = replicaB.threadOrder();

        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> onA.inOrder(THREAD, () -> {
                    handled.add("first starts on A");
                    firstStarted.countDown();
                    await(firstMayFinish);
                    handled.add("first ends on A");
                }),
                deliveries);
        assertThat(firstStarted.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second =
                CompletableFuture.runAsync(() -> onB.inOrder(THREAD, () -> handled.add("second on B")), deliveries);
        Waits.until("the second message to wait for the thread's lock", () -> waitingAdvisoryLocks() == 1);
        CompletableFuture<Void> otherThread = CompletableFuture.runAsync(
                () -> onB.inOrder(OTHER, () -> handled.add("another thread on B")), deliveries);
        otherThread.get(20, TimeUnit.SECONDS);
        firstMayFinish.countDown();
        CompletableFuture.allOf(first, second).get(20, TimeUnit.SECONDS);

        assertThat(handled)
                .containsExactly("first starts on A", "another thread on B", "first ends on A", "second on B");
    }

    @Test
    void a_failing_message_gives_the_thread_back() throws Exception {
        ThreadOrder onA = replicaA.threadOrder();
        ThreadOrder onB = replicaB.threadOrder();

        CompletableFuture<Void> failing = CompletableFuture.runAsync(
                () -> onA.inOrder(THREAD, () -> {
                    throw new IllegalStateException("the handler broke");
                }),
                deliveries);
        List<String> handled = new CopyOnWriteArrayList<>();
        assertThat(failing).failsWithin(java.time.Duration.ofSeconds(20));
        CompletableFuture.runAsync(() -> onB.inOrder(THREAD, () -> handled.add("next")), deliveries)
                .get(20, TimeUnit.SECONDS);

        assertThat(handled).containsExactly("next");
    }

    private long waitingAdvisoryLocks() {
        return replicaA.dsl()
                .fetchOne("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                .get(0, Long.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
