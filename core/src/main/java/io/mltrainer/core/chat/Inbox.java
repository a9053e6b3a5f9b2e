package io.mltrainer.core.chat;

import io.mltrainer.core.domain.ThreadKey;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work a chat surface acknowledged, done off the platform's own thread (Slack's request thread, Discord's gateway
 * thread): messages of one thread in the order they came, different threads in parallel. A thread is remembered
 * only while it has work queued, so a long-running bot does not keep every thread it ever saw. {@code close} takes
 * no more and finishes what was accepted.
 */
public final class Inbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    private final ExecutorService pool;
    private final Map<ThreadKey, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public Inbox(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mltrainer-" + name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** False when the inbox is closed (the work was not accepted). */
    public boolean submit(ThreadKey thread, Runnable work) {
        if (pool.isShutdown()) {
            // thenRunAsync would keep the rejection inside the future: say "not accepted" here instead.
            return false;
        }
        try {
            CompletableFuture<Void> tail = tails.compute(
                    thread,
                    (key, previous) -> (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                            .thenRunAsync(() -> run(work), pool));
            // Once a thread's queue is empty it is forgotten: the map holds only threads with work waiting.
            tail.whenComplete((done, failed) -> tails.remove(thread, tail));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** How many threads have work queued or running. */
    int busyThreads() {
        return tails.size();
    }

    private static void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("a chat message could not be handled", e);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("chat work still running after 30 s; stopping it");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
