package io.mltrainer.bot;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The HTTP server of {@code serve} as the surfaces see it: every context they create counts its requests in
 * {@link Metrics}, and once the replica drains, every path but health and metrics answers 503 (a platform retries
 * the event on another replica) instead of taking new work.
 */
final class HttpFront extends HttpServer {
    /** Paths that still answer while the replica drains. */
    private static final Set<String> ALWAYS_OPEN = Set.of(HealthEndpoints.HEALTH, MetricsEndpoint.PATH);

    private final HttpServer server;
    private final Metrics metrics;
    private final Clock clock;
    private final AtomicBoolean draining = new AtomicBoolean();

    HttpFront(HttpServer server, Metrics metrics, Clock clock) {
        this.server = server;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** From now on only health and metrics are answered. */
    void drain() {
        draining.set(true);
    }

    @Override
    public HttpContext createContext(String path, HttpHandler handler) {
        HttpContext context = server.createContext(path, handler);
        context.getFilters().add(new Front());
        return context;
    }

    @Override
    public HttpContext createContext(String path) {
        HttpContext context = server.createContext(path);
        context.getFilters().add(new Front());
        return context;
    }

    @Override
    public void bind(InetSocketAddress address, int backlog) throws IOException {
        server.bind(address, backlog);
    }

    @Override
    public void start() {
        server.start();
    }

    @Override
    public void setExecutor(Executor executor) {
        server.setExecutor(executor);
    }

    @Override
    public Executor getExecutor() {
        return server.getExecutor();
    }

    @Override
    public void stop(int delay) {
        server.stop(delay);
    }

    @Override
    public void removeContext(String path) {
        server.removeContext(path);
    }

    @Override
    public void removeContext(HttpContext context) {
        server.removeContext(context);
    }

    @Override
    public InetSocketAddress getAddress() {
        return server.getAddress();
    }

    private final class Front extends Filter {
        @Override
        public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
            long started = clock.millis();
            String path = exchange.getHttpContext().getPath();
            try {
                if (draining.get() && !ALWAYS_OPEN.contains(path)) {
                    refuse(exchange);
                } else {
                    chain.doFilter(exchange);
                }
            } finally {
                metrics.httpRequest(
                        path,
                        exchange.getRequestMethod(),
                        exchange.getResponseCode(),
                        Duration.ofMillis(clock.millis() - started));
            }
        }

        @Override
        public String description() {
            return "metrics and drain";
        }

        private void refuse(HttpExchange exchange) throws IOException {
            try (exchange) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                HttpReplies.send(
                        exchange, 503, HttpReplies.JSON, "{\"error\":\"this replica is stopping; try again\"}");
            }
        }
    }
}
