package io.mltrainer.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The health endpoints of {@code serve}, matched exactly: {@code /health/live} answers 200 while the process runs;
 * {@code /health/ready} answers 200 while the database answers and is migrated and the replica is not draining,
 * else 503; {@code /health} is an alias of {@code /health/ready}. Any other path under them is 404.
 */
final class HealthEndpoints {
    static final String LIVE = "/health/live";
    static final String READY = "/health/ready";
    static final String HEALTH = "/health";

    private final BooleanSupplier databaseReady;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final CountDownLatch drainingSeen = new CountDownLatch(1);

    HealthEndpoints(BooleanSupplier databaseReady) {
        this.databaseReady = databaseReady;
    }

    /** Registers the endpoints on {@code http}. */
    void register(HttpServer http) {
        // the JDK server matches contexts by prefix: the handler checks the exact path
        http.createContext(HEALTH, this::handle);
    }

    /** From now on the replica is not ready (it is stopping). */
    void drain() {
        draining.set(true);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(LIVE)) {
                HttpReplies.send(exchange, 200, HttpReplies.JSON, "{\"status\":\"live\"}");
            } else if (path.equals(READY) || path.equals(HEALTH)) {
                ready(exchange);
            } else {
                HttpReplies.send(exchange, 404, HttpReplies.JSON, "{\"error\":\"not found\"}");
            }
        }
    }

    /**
     * Waits until a readiness probe (a load balancer, the orchestrator) has been told that this replica drains, at
     * most {@code timeout}; true when one was.
     */
    boolean awaitDrainingSeen(Duration timeout) throws InterruptedException {
        return drainingSeen.await(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
    }

    private void ready(HttpExchange exchange) throws IOException {
        if (draining.get()) {
            HttpReplies.send(exchange, 503, HttpReplies.JSON, "{\"status\":\"draining\"}");
            drainingSeen.countDown();
        } else if (!databaseReady.getAsBoolean()) {
            HttpReplies.send(exchange, 503, HttpReplies.JSON, "{\"status\":\"database unavailable\"}");
        } else {
            HttpReplies.send(exchange, 200, HttpReplies.JSON, "{\"status\":\"ok\"}");
        }
    }
}
