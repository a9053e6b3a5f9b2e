package io.mltrainer.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.testing.Waits;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InboxTest {
    private static ThreadKey thread(int i) {
        return new ThreadKey("slack", "T1", "C1", "1700000000." + i);
    }

    @Test
    void forgets_a_thread_once_its_queue_is_empty() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(200);
        try (Inbox inbox = new Inbox("test", 2)) {
            for (int i = 0; i < 200; i++) {
                inbox.submit(thread(i), done::countDown);
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            // The last piece of work ends just before its entry is removed: wait for the removal, with a deadline.
            Waits.until("the inbox to forget its threads", () -> inbox.busyThreads() == 0, Duration.ofSeconds(10));

            assertThat(inbox.busyThreads()).isZero();
        }
    }

    @Test
    void keeps_a_thread_while_work_waits_and_runs_it_in_order() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        try (Inbox inbox = new Inbox("test", 2)) {
            inbox.submit(thread(1), () -> {
                awaitQuietly(release);
                order.add(1);
            });
            inbox.submit(thread(1), () -> order.add(2));
            inbox.submit(thread(1), () -> {
                order.add(3);
                finished.countDown();
            });

            assertThat(inbox.busyThreads()).isEqualTo(1);
            release.countDown();
            assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(order).containsExactly(1, 2, 3);
        }
    }

    @Test
    void a_thread_forgotten_takes_new_work_again() throws InterruptedException {
        try (Inbox inbox = new Inbox("test", 1)) {
            CountDownLatch first = new CountDownLatch(1);
            inbox.submit(thread(7), first::countDown);
            assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();

            CountDownLatch second = new CountDownLatch(1);
            assertThat(inbox.submit(thread(7), second::countDown)).isTrue();

            assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void a_closed_inbox_says_it_took_nothing() {
        Inbox inbox = new Inbox("test", 1);
        inbox.close();

        assertThat(inbox.submit(thread(9), () -> {})).isFalse();
        assertThat(inbox.busyThreads()).isZero();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
