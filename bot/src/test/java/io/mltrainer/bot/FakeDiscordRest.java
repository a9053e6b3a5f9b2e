package io.mltrainer.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Discord's REST API on loopback, the calls JDA makes: {@code users/@me}, command registration, interaction
 * callbacks and their webhooks, messages (posted and edited), threads from a message, DM channels, users, and
 * attachments on a CDN path. Every API call is recorded; edits can be answered 429 with Discord's body and headers.
 */
final class FakeDiscordRest implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANNEL_FALLBACK = DiscordPayloads.CHANNEL;

    /** One API call as the bot made it (multipart bodies as they came), and when. */
    record Call(String method, String path, String body, Instant at) {}

    private final HttpServer server;
    private final String token;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<String, String> threadParents = new ConcurrentHashMap<>();
    private final List<String> threadsInOrder = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> archived = ConcurrentHashMap.newKeySet();
    private final AtomicInteger editsToRefuse = new AtomicInteger();
    private volatile double retryAfterSeconds;
    private volatile boolean tokenAccepted = true;
    private volatile boolean archiveAfterCards;
    private volatile java.util.function.Consumer<String> threadCreated = thread -> {};

    FakeDiscordRest(String token) {
        this.token = token;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /** The base URL JDA's {@code RestConfig} takes. */
    String apiUrl() {
        return base() + "/api/v10/";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void refuseToken() {
        tokenAccepted = false;
    }

    /** The next {@code count} message edits are answered 429 with {@code retry_after} in seconds. */
    void rateLimitEdits(int count, double retryAfter) {
        retryAfterSeconds = retryAfter;
        editsToRefuse.set(count);
    }

    /**
     * Archives a thread, as Discord does after its auto-archive duration: editing a message in it is refused
     * (400, code 50083) until it is unarchived ({@code PATCH channels/{id} {"archived":false}}); posting a message
     * unarchives it.
     */
    void archive(String thread) {
        archived.add(thread);
    }

    /** Called with each thread object the bot creates (the gateway then sends THREAD_CREATE, as Discord does). */
    void onThreadCreated(java.util.function.Consumer<String> listener) {
        threadCreated = listener;
    }

    /** From now on a thread is archived right after a status message (with its buttons) was posted in it. */
    void archiveAfterCards() {
        archiveAfterCards = true;
    }

    boolean archived(String thread) {
        return archived.contains(thread);
    }

    /** Serves {@code file} as an attachment and returns its URL. */
    String cdn(Path file) {
        files.put(file.getFileName().toString(), file);
        return base() + "/cdn/" + file.getFileName();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The parent channel of a thread the bot created, or null for any other channel. */
    String parentOf(String channel) {
        return threadParents.get(channel);
    }

    /** The threads the bot created, oldest first. */
    List<String> threads() {
        return List.copyOf(threadsInOrder);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.startsWith("/cdn/")) {
            serveFile(exchange, files.get(path.substring("/cdn/".length())));
            return;
        }
        calls.add(new Call(method, path, body, Instant.now()));
        String api = path.substring("/api/v10".length());
        boolean webhook = api.startsWith("/interactions/") || api.startsWith("/webhooks/"); // the token is the auth
        if (!webhook
                && (!tokenAccepted
                        || !("Bot " + token).equals(exchange.getRequestHeaders().getFirst("Authorization")))) {
            send(exchange, 401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
        } else if (api.equals("/users/@me")) {
            send(exchange, 200, DiscordPayloads.user(DiscordPayloads.BOT));
        } else if (api.startsWith("/applications/") && api.endsWith("/commands")) {
            send(exchange, 200, "[]");
        } else if (api.startsWith("/interactions/")) {
            send(exchange, 204, null);
        } else if (api.startsWith("/webhooks/")) {
            send(exchange, 200, botMessage(DiscordPayloads.snowflake(), DiscordPayloads.CHANNEL, body));
        } else if (method.equals("POST") && api.matches("/channels/\\d+/messages/\\d+/threads")) {
            String parent = api.split("/")[2];
            String thread = DiscordPayloads.snowflake();
            threadParents.put(thread, parent);
            threadsInOrder.add(thread);
            threadCreated.accept(DiscordPayloads.thread(thread, parent));
            send(exchange, 201, DiscordPayloads.thread(thread, parent));
        } else if (method.equals("PATCH") && api.matches("/channels/\\d+")) {
            String channel = api.split("/")[2];
            if (body.contains("\"archived\":false")) {
                archived.remove(channel);
            }
            send(exchange, 200, DiscordPayloads.thread(channel, threadParents.getOrDefault(channel, CHANNEL_FALLBACK)));
        } else if (method.equals("PATCH")
                && api.matches("/channels/\\d+/messages/\\d+")
                && archived.contains(api.split("/")[2])) {
            send(exchange, 400, "{\"message\":\"Thread is archived\",\"code\":50083}");
        } else if (method.equals("POST") && api.matches("/channels/\\d+/messages")) {
            archived.remove(api.split("/")[2]);
            if (archiveAfterCards && body.contains("mltrainer:status:")) {
                archived.add(api.split("/")[2]);
            }
            send(exchange, 200, botMessage(DiscordPayloads.snowflake(), api.split("/")[2], body));
        } else if (method.equals("PATCH") && api.matches("/channels/\\d+/messages/\\d+")) {
            String[] parts = api.split("/");
            if (editsToRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                tooManyRequests(exchange);
            } else {
                send(exchange, 200, botMessage(parts[4], parts[2], body));
            }
        } else if (api.equals("/users/@me/channels")) {
            String recipient = field(body, "recipient_id");
            send(exchange, 200, DiscordPayloads.dmChannel(DiscordPayloads.dmChannelId(recipient), recipient));
        } else if (api.matches("/users/\\d+")) {
            send(exchange, 200, DiscordPayloads.user(api.substring("/users/".length())));
        } else {
            send(exchange, 404, "{\"message\":\"Unknown\",\"code\":0}");
        }
    }

    private void tooManyRequests(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", Long.toString((long) Math.ceil(retryAfterSeconds)));
        exchange.getResponseHeaders().set("X-RateLimit-Scope", "user");
        send(
                exchange,
                429,
                "{\"message\":\"You are being rate limited.\",\"retry_after\":" + retryAfterSeconds
                        + ",\"global\":false}");
    }

    private static String botMessage(String id, String channel, String requestBody) {
        return DiscordPayloads.message(id, channel, DiscordPayloads.BOT, field(requestBody, "content"));
    }

    /** A field of a JSON body; for multipart bodies (files), of the {@code payload_json} part. */
    static String field(String body, String name) {
        String json = body == null || body.isBlank() ? "{}" : body;
        int payload = json.indexOf("name=\"payload_json\"");
        if (payload >= 0) {
            int start = json.indexOf('{', payload);
            int end = json.indexOf("\r\n--", start);
            json = json.substring(start, end < 0 ? json.length() : end);
        }
        try {
            return JSON.readTree(json).path(name).asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static void serveFile(HttpExchange exchange, Path file) throws IOException {
        if (file == null) {
            send(exchange, 404, null);
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void send(HttpExchange exchange, int code, String json) throws IOException {
        if (json == null) {
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
            return;
        }
        JsonReplies.send(exchange, code, json);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
