package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.testing.MutableClock;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFrontTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private final Metrics metrics = new Metrics();
    private final HealthEndpoints health = new HealthEndpoints(() -> true);
    private HttpFront http;

    @BeforeEach
    void start() throws Exception {
        http = new HttpFront(
                HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0),
                metrics,
                new MutableClock(Instant.parse("2026-12-01T10:00:00Z")));
        health.register(http);
        new MetricsEndpoint(metrics).register(http);
        // a surface's endpoint, as Slack's events are registered
        http.createContext("/slack/events", exchange -> {
            try (exchange) {
                byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        http.start();
    }

    @AfterEach
    void stop() {
        http.stop(0);
    }

    @Test
    void metrics_are_served_in_prometheus_text_format_with_the_http_requests_counted() throws Exception {
        post("/slack/events");
        get("/health/ready");

        HttpResponse<String> scraped = get("/metrics");

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
        assertThat(scraped.body())
                .contains("# TYPE mltrainer_http_requests_seconds summary")
                .contains("mltrainer_http_requests_seconds_count{method=\"POST\",path=\"/slack/events\",status=\"200\"}"
                        + " 1")
                .contains("mltrainer_http_requests_seconds_count{method=\"GET\",path=\"/health\",status=\"200\"} 1");
    }

    @Test
    void a_draining_replica_refuses_new_events_with_503_but_still_answers_health_and_metrics() throws Exception {
        health.drain();
        http.drain();

        HttpResponse<String> event = post("/slack/events");

        assertThat(event.statusCode()).isEqualTo(503);
        assertThat(event.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        assertThat(get("/metrics").body())
                .contains("mltrainer_http_requests_seconds_count{method=\"POST\",path=\"/slack/events\",status=\"503\"}"
                        + " 1");
    }

    @Test
    void only_the_exact_metrics_path_is_served() throws Exception {
        assertThat(get("/metricsx").statusCode()).isEqualTo(404);
        assertThat(get("/metrics/x").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + path);
    }
}
