package io.mltrainer.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;

/** {@code GET /metrics}: every metric of {@link Metrics} in Prometheus' text format (version 0.0.4). */
final class MetricsEndpoint {
    static final String PATH = "/metrics";
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Metrics metrics;

    MetricsEndpoint(Metrics metrics) {
        this.metrics = metrics;
    }

    void register(HttpServer http) {
        http.createContext(PATH, this::handle);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                HttpReplies.send(exchange, 404, CONTENT_TYPE, "not found\n");
            } else if (!exchange.getRequestMethod().equals("GET")) {
                HttpReplies.send(exchange, 405, CONTENT_TYPE, "GET only\n");
            } else {
                HttpReplies.send(exchange, 200, CONTENT_TYPE, metrics.scrape());
            }
        }
    }
}
