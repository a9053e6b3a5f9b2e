package io.mltrainer.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A loopback Slack Web API answering as Slack does (form-encoded calls, {@code {"ok":...}} answers, 429 with
 * {@code Retry-After}), files at {@code url_private} behind the bot token, and the Hub's {@code whoami-v2} for
 * credential checks. It records every call.
 */
final class FakeSlack implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-" + "1111111111-2222222222-" + "FakeSlackBotTokenAbc";
    static final String BOT_USER = "UBOT";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One Web API call; {@code ts} is the ts a {@code chat.postMessage} was given. */
    record Call(String method, Map<String, String> params, Instant at, String ts) {
        String text() {
            return params.getOrDefault("text", "");
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final List<Call> refused = new ArrayList<>();
    private final List<String> downloads = new ArrayList<>();
    private final Map<String, Path> files = new HashMap<>();
    private final AtomicInteger ts = new AtomicInteger(1000);
    private final AtomicInteger updatesToRefuse = new AtomicInteger();
    private final String hubToken;
    private volatile String socketUrl = "ws://127.0.0.1:1/";

    FakeSlack(String hubToken) throws IOException {
        this.hubToken = hubToken;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/files/", this::file);
        server.createContext("/upload/", this::upload);
        server.createContext("/hf/api/whoami-v2", this::whoami);
        server.start();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String hubUrl() {
        return base() + "/hf";
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A file a user shared: its {@code url_private}. */
    String share(Path file) {
        files.put(file.getFileName().toString(), file);
        return base() + "/files/" + file.getFileName();
    }

    /** Where {@code apps.connections.open} sends Socket Mode clients. */
    void socketAt(String url) {
        socketUrl = url;
    }

    void refuseUpdates(int count) {
        updatesToRefuse.set(count);
    }

    /** The names of the shared files the app downloaded, in order. */
    synchronized List<String> downloads() {
        return List.copyOf(downloads);
    }

    /** The {@code chat.update} calls answered 429 (not in {@link #calls}). */
    synchronized List<Call> refusedUpdates() {
        return List.copyOf(refused);
    }

    /** Waits until {@code condition} holds (polling, 90 s at most); the failure shows what Slack was asked. */
    void await(String what, BooleanSupplier condition) {
        Waits.until(what, condition, () -> "Slack saw:\n" + transcript());
    }

    synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Messages posted in one thread (or, with {@code threadTs} null, at the top of the channel). */
    synchronized List<String> posted(String channel, String threadTs) {
        return calls.stream()
                .filter(c -> c.method().equals("chat.postMessage"))
                .filter(c -> channel.equals(c.params().get("channel")))
                .filter(c -> threadTs == null
                        ? c.params().get("thread_ts") == null
                        : threadTs.equals(c.params().get("thread_ts")))
                .map(Call::text)
                .toList();
    }

    synchronized String transcript() {
        StringBuilder out = new StringBuilder();
        calls.forEach(c -> out.append(c.method()).append(' ').append(c.params()).append('\n'));
        return out.toString();
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (!("Bearer " + BOT_TOKEN).equals(auth) && !method.equals("apps.connections.open")) {
            send(exchange, 200, "{\"ok\":false,\"error\":\"invalid_auth\"}", Map.of());
            return;
        }
        String messageTs =
                method.equals("chat.postMessage") ? "1700000001." + String.format("%06d", ts.incrementAndGet()) : null;
        synchronized (this) {
            calls.add(new Call(method, params, Instant.now(), messageTs));
        }
        switch (method) {
            case "auth.test" ->
                send(
                        exchange,
                        200,
                        "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"Acme\","
                                + "\"user\":\"mltrainer\",\"team_id\":\"T1\",\"user_id\":\"" + BOT_USER
                                + "\",\"bot_id\":\"BBOT\","
                                + "\"is_enterprise_install\":false}",
                        Map.of());
            case "bots.info" ->
                send(
                        exchange,
                        200,
                        "{\"ok\":true,\"bot\":{\"id\":\"BBOT\",\"deleted\":false,"
                                + "\"name\":\"mltrainer\",\"app_id\":\"A1\",\"user_id\":\"" + BOT_USER + "\"}}",
                        Map.of());
            case "chat.postMessage" -> {
                send(
                        exchange,
                        200,
                        "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\""
                                + messageTs + "\",\"message\":{\"type\":\"message\",\"text\":\"\",\"ts\":\"" + messageTs
                                + "\"}}",
                        Map.of());
            }
            case "chat.update" -> {
                if (updatesToRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    synchronized (this) {
                        refused.add(calls.remove(calls.size() - 1));
                    }
                    send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "1"));
                } else {
                    send(
                            exchange,
                            200,
                            "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + params.get("ts")
                                    + "\",\"text\":\"\"}",
                            Map.of());
                }
            }
            case "conversations.open" ->
                send(exchange, 200, "{\"ok\":true,\"channel\":{\"id\":\"D" + params.get("users") + "\"}}", Map.of());
            case "apps.connections.open" ->
                send(exchange, 200, "{\"ok\":true,\"url\":\"" + socketUrl + "\"}", Map.of());
            case "files.getUploadURLExternal" ->
                send(
                        exchange,
                        200,
                        "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/F0UPLOAD1\",\"file_id\":\"F0UPLOAD1\"}",
                        Map.of());
            case "files.completeUploadExternal" ->
                send(
                        exchange,
                        200,
                        "{\"ok\":true,\"files\":[{\"id\":" + "\"F0UPLOAD1\",\"title\":\"results\"}]}",
                        Map.of());
            case "views.open" ->
                send(exchange, 200, "{\"ok\":true,\"view\":{\"id\":\"V1\",\"type\":\"modal\"}}", Map.of());
            default -> send(exchange, 200, "{\"ok\":false,\"error\":\"unknown_method\"}", Map.of());
        }
    }

    private void file(HttpExchange exchange) throws IOException {
        Path file = files.get(exchange.getRequestURI().getPath().substring("/files/".length()));
        if (file == null
                || !("Bearer " + BOT_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 404, "not found", Map.of());
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        synchronized (this) {
            downloads.add(file.getFileName().toString());
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The upload URL takes the raw bytes without a token, as Slack's does. */
    private void upload(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        synchronized (this) {
            calls.add(new Call(
                    "upload",
                    Map.of(
                            "authorization",
                            String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                            "content",
                            new String(bytes, StandardCharsets.UTF_8),
                            "base64",
                            java.util.Base64.getEncoder().encodeToString(bytes)),
                    Instant.now(),
                    null));
        }
        send(exchange, 200, "OK - " + bytes.length, Map.of());
    }

    private void whoami(HttpExchange exchange) throws IOException {
        boolean ours =
                ("Bearer " + hubToken).equals(exchange.getRequestHeaders().getFirst("Authorization"));
        send(
                exchange,
                ours ? 200 : 401,
                ours
                        ? "{\"type\":\"user\",\"name\":\"alice\",\"orgs\":[],\"auth\":{\"type\":\"access_token\","
                                + "\"accessToken\":{\"displayName\":\"ci\",\"role\":\"write\"}}}"
                        : "{\"error\":\"Invalid credentials in Authorization header\"}",
                Map.of());
    }

    private static void send(HttpExchange exchange, int code, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new HashMap<>();
        if (body.startsWith("{")) {
            try {
                JsonNode json = JSON.readTree(body);
                json.properties()
                        .forEach(e -> params.put(
                                e.getKey(),
                                e.getValue().isTextual()
                                        ? e.getValue().asText()
                                        : e.getValue().toString()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return params;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.put(
                    URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
