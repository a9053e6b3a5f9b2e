package io.mltrainer.bench;

import com.slack.api.Slack;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppMentionEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mltrainer.slack.BoltHttpHandler;
import io.mltrainer.slack.SlackBot;
import io.mltrainer.slack.SlackConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Acknowledgement latency of Slack event requests at a fixed 100 requests/s on loopback: mltrainer's Slack app
 * (signature check, bot filter, hand-off to the inbox; the de-duplication in H2 and the work itself run after the
 * acknowledgement)
 * against a bare Bolt app whose handler only acknowledges, both on the same JDK HTTP server adapter, in one run.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.mltrainer.bench.SlackAckBenchmark [seconds per round]}
 */
public final class SlackAckBenchmark {
    private static final String SECRET = "bench-signing-secret";
    private static final String TOKEN = "xoxb-" + "0000000000-0000000000-benchbenchbench";
    private static final int RATE = 100;
    private static final AtomicLong EVENTS = new AtomicLong();

    private SlackAckBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        HttpServer web = fakeWebApi();
        String api = "http://127.0.0.1:" + web.getAddress().getPort() + "/api/";
        List<Long> bare = new ArrayList<>();
        List<Long> ours = new ArrayList<>();
        try (BenchChatBackend backend = new BenchChatBackend(Fixtures.tempDir("mltrainer-bench-slack"))) {
            for (int round = 0; round < 2; round++) {
                bare.addAll(run("bare Bolt", seconds, http -> {
                    App app = new App(config(api));
                    app.event(AppMentionEvent.class, (payload, ctx) -> ctx.ack());
                    http.createContext(SlackBot.PATH, new BoltHttpHandler(app));
                    return () -> {};
                }));
                ours.addAll(run("mltrainer", seconds, http -> {
                    SlackBot bot = SlackBot.start(new SlackConfig(TOKEN, SECRET, null, api), backend, http);
                    return bot::close;
                }));
            }
        } finally {
            web.stop(0);
        }
        System.out.println();
        System.out.println("| app | requests | p50 (ms) | p99 (ms) | max (ms) |");
        System.out.println("|---|---|---|---|---|");
        row("bare Bolt, empty handler", bare);
        row("mltrainer Slack app", ours);
        System.out.printf(
                Locale.ROOT,
                "%nratio mltrainer / bare: p50 %.2f, p99 %.2f%n",
                percentile(ours, 50) / percentile(bare, 50),
                percentile(ours, 99) / percentile(bare, 99));
        System.exit(0);
    }

    private interface Mount {
        Runnable mount(HttpServer http) throws Exception;
    }

    /** Warms up for 5 s, then sends {@code RATE} requests a second for {@code seconds} and returns the latencies. */
    private static List<Long> run(String name, int seconds, Mount mount) throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.setExecutor(Executors.newFixedThreadPool(4));
        Runnable stop = mount.mount(http);
        http.start();
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + SlackBot.PATH);
        try {
            send(client, uri, 5);
            List<Long> latencies = send(client, uri, seconds);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d requests, p50 %.2f ms, p99 %.2f ms%n",
                    name,
                    latencies.size(),
                    percentile(latencies, 50),
                    percentile(latencies, 99));
            return latencies;
        } finally {
            stop.run();
            http.stop(0);
        }
    }

    private static List<Long> send(HttpClient client, URI uri, int seconds) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(
                () -> {
                    HttpRequest request = signed(uri);
                    long start = System.nanoTime();
                    pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                            .thenAccept(response -> {
                                if (response.statusCode() != 200) {
                                    throw new IllegalStateException("HTTP " + response.statusCode());
                                }
                                latencies.add(System.nanoTime() - start);
                            }));
                },
                0,
                1_000_000 / RATE,
                TimeUnit.MICROSECONDS);
        Thread.sleep(seconds * 1000L);
        ticker.shutdownNow();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        return new ArrayList<>(latencies);
    }

    private static HttpRequest signed(URI uri) {
        String id = "EvBENCH" + EVENTS.incrementAndGet();
        String body = "{\"token\":\"legacy\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event\":{\"type\":"
                + "\"app_mention\",\"user\":\"U1\",\"text\":\"<@UBOT> help\",\"ts\":\"1700000000.000100\","
                + "\"channel\":\"C1\",\"event_ts\":\"1700000000.000100\"},\"type\":\"event_callback\",\"event_id\":\""
                + id + "\",\"event_time\":1700000000}";
        String ts = String.valueOf(Instant.now().getEpochSecond());
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static AppConfig config(String api) {
        com.slack.api.SlackConfig slackConfig = new com.slack.api.SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(api);
        return AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken(TOKEN)
                .signingSecret(SECRET)
                .build();
    }

    /** Answers every Web API call the apps make ({@code auth.test}, {@code bots.info}, {@code chat.postMessage}). */
    private static HttpServer fakeWebApi() throws IOException {
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.setExecutor(Executors.newFixedThreadPool(2));
        web.createContext("/api/", SlackAckBenchmark::answer);
        web.start();
        return web;
    }

    private static void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String body = "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\",\"channel\":\"C1\","
                + "\"ts\":\"1700000001.000001\",\"bot\":{\"id\":\"BBOT\",\"app_id\":\"A1\",\"user_id\":\"UBOT\"}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void row(String name, List<Long> latencies) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f |%n",
                name,
                latencies.size(),
                percentile(latencies, 50),
                percentile(latencies, 99),
                percentile(latencies, 100));
    }

    private static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1_000_000.0;
    }
}
