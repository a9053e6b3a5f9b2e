package io.mltrainer.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback Discord: the REST API JDA calls (users/@me, commands, interaction callbacks and webhooks, messages,
 * threads, DMs, attachments on a CDN path) and a gateway that speaks HELLO, IDENTIFY, READY, GUILD_CREATE,
 * heartbeats, dispatches, RECONNECT (op 7) and RESUME. Everything the bot sent is recorded.
 */
final class FakeDiscord implements AutoCloseable {
    static final String TOKEN = "MTEyMjMzNDQ1NTY2Nzc4ODk5.GfAk3d.FakeDiscordBotTokenForTestsOnly_xyz";
    static final String BOT = "100000000000000001";
    static final String GUILD = "200000000000000002";
    static final String CHANNEL = "300000000000000003";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long EPOCH = 1420070400000L;

    record Call(String method, String path, String body) {}

    private final HttpServer rest;
    private final Gateway gateway;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Path> files = new HashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final boolean allowMessageContent;
    private volatile boolean tokenAccepted = true;

    FakeDiscord(boolean allowMessageContent) throws Exception {
        this.allowMessageContent = allowMessageContent;
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rest.createContext("/", this::answer);
        rest.start();
        gateway = new Gateway();
        gateway.start();
        while (gateway.getPort() == 0) {
            Thread.sleep(5);
        }
    }

    String apiUrl() {
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    void refuseToken() {
        tokenAccepted = false;
    }

    /** A new snowflake, fresh (interaction expiry is derived from the id's time). */
    String snowflake() {
        return Long.toString(((Instant.now().toEpochMilli() - EPOCH) << 22) + ids.incrementAndGet());
    }

    String cdn(Path file) {
        files.put(file.getFileName().toString(), file);
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/cdn/" + file.getFileName();
    }

    List<Call> calls(String method, String pathPart) {
        return calls.stream()
                .filter(c -> c.method().equals(method) && c.path().contains(pathPart))
                .toList();
    }

    /** Contents of the messages the bot posted in a channel (or thread). */
    List<String> posted(String channel) {
        return calls("POST", "/channels/" + channel + "/messages").stream()
                .filter(c -> !c.path().endsWith("/threads"))
                .map(c -> field(c.body(), "content"))
                .toList();
    }

    String transcript() {
        StringBuilder out = new StringBuilder();
        calls.forEach(c -> out.append(c.method())
                .append(' ')
                .append(c.path())
                .append(' ')
                .append(c.body())
                .append('\n'));
        return out.toString();
    }

    int identifies() {
        return gateway.identifies;
    }

    int resumes() {
        return gateway.resumes;
    }

    /** Sends a dispatch to the connected bot. */
    void dispatch(String type, String data) {
        gateway.dispatch(type, data);
    }

    /** Op 7: Discord asks the client to reconnect and resume. */
    void reconnect() {
        gateway.broadcast("{\"op\":7,\"d\":null}");
    }

    static String user(String id, String name) {
        return "{\"id\":\"" + id + "\",\"username\":\"" + name + "\",\"discriminator\":\"0\",\"global_name\":\"" + name
                + "\",\"avatar\":null,\"bot\":" + id.equals(BOT) + ",\"public_flags\":0}";
    }

    static String member(String id, String name) {
        return "{\"user\":" + user(id, name) + ",\"roles\":[],\"joined_at\":\"2026-01-01T00:00:00.000000+00:00\","
                + "\"deaf\":false,\"mute\":false,\"flags\":0,\"pending\":false,\"permissions\":\"2251799813685247\"}";
    }

    /** A slash command interaction as Discord sends it. */
    String slash(String user, String channel, String command, String options, String resolved) {
        return "{\"id\":\"" + snowflake() + "\",\"application_id\":\"" + BOT + "\",\"type\":2,\"data\":{\"id\":\""
                + snowflake() + "\",\"name\":\"" + command + "\",\"type\":1,\"options\":[" + options + "]"
                + (resolved == null ? "" : ",\"resolved\":" + resolved) + "},\"guild_id\":\"" + GUILD
                + "\",\"guild\":{\"id\":\"" + GUILD + "\",\"locale\":\"en-US\",\"features\":[]},\"channel_id\":\""
                + channel + "\",\"channel\":" + channelJson(channel) + ",\"member\":" + member(user, "u" + user)
                + ",\"token\":\"itoken-" + ids.incrementAndGet() + "\",\"version\":1,\"app_permissions\":"
                + "\"2251799813685247\",\"locale\":\"en-US\",\"guild_locale\":\"en-US\",\"entitlements\":[],"
                + "\"authorizing_integration_owners\":{\"0\":\"" + GUILD + "\"},\"context\":0}";
    }

    /** A modal submitted (type 5), with one text input in a label as Discord sends components v2 modals. */
    String modalSubmit(String user, String channel, String customId, String value) {
        return "{\"id\":\"" + snowflake() + "\",\"application_id\":\"" + BOT
                + "\",\"type\":5,\"data\":{\"custom_id\":\""
                + customId + "\",\"components\":[{\"type\":18,\"id\":1,\"component\":{\"type\":4,\"id\":2,"
                + "\"custom_id\":\"credential\",\"value\":\"" + value + "\"}}]},\"guild_id\":\"" + GUILD
                + "\",\"guild\":{\"id\":\"" + GUILD + "\",\"locale\":\"en-US\",\"features\":[]},\"channel_id\":\""
                + channel + "\",\"channel\":" + channelJson(channel) + ",\"member\":" + member(user, "u" + user)
                + ",\"token\":\"itoken-" + ids.incrementAndGet() + "\",\"version\":1,\"app_permissions\":"
                + "\"2251799813685247\",\"locale\":\"en-US\",\"guild_locale\":\"en-US\",\"entitlements\":[],"
                + "\"authorizing_integration_owners\":{\"0\":\"" + GUILD + "\"},\"context\":0}";
    }

    /** A message typed in a channel or thread. */
    String message(String user, String channel, String content) {
        return "{\"id\":\"" + snowflake() + "\",\"channel_id\":\"" + channel + "\",\"guild_id\":\"" + GUILD
                + "\",\"author\":" + user(user, "u" + user) + ",\"member\":{\"roles\":[],\"joined_at\":"
                + "\"2026-01-01T00:00:00.000000+00:00\",\"deaf\":false,\"mute\":false,\"flags\":0},\"content\":\""
                + (allowMessageContent ? content : "") + "\",\"timestamp\":\"2026-11-28T10:00:00.000000+00:00\","
                + "\"edited_timestamp\":null,\"tts\":false,\"mention_everyone\":false,\"mentions\":[],"
                + "\"mention_roles\":[],\"attachments\":[],\"embeds\":[],\"pinned\":false,\"type\":0,\"flags\":0,"
                + "\"components\":[]}";
    }

    private final Map<String, String> threads = new HashMap<>();

    private String channelJson(String id) {
        String parent = threads.get(id);
        if (parent != null) {
            return threadJson(id, parent);
        }
        return "{\"id\":\"" + id + "\",\"type\":0,\"guild_id\":\"" + GUILD + "\",\"name\":\"general\",\"position\":0,"
                + "\"permission_overwrites\":[],\"flags\":0,\"nsfw\":false,\"parent_id\":null,\"topic\":null,"
                + "\"rate_limit_per_user\":0,\"last_message_id\":null}";
    }

    private String threadJson(String id, String parent) {
        return "{\"id\":\"" + id + "\",\"type\":11,\"guild_id\":\"" + GUILD + "\",\"parent_id\":\"" + parent + "\","
                + "\"owner_id\":\"" + BOT + "\",\"name\":\"build\",\"last_message_id\":null,\"rate_limit_per_user\":0,"
                + "\"message_count\":0,\"member_count\":1,\"total_message_sent\":0,\"flags\":0,\"applied_tags\":[],"
                + "\"thread_metadata\":{\"archived\":false,\"auto_archive_duration\":1440,\"archive_timestamp\":"
                + "\"2026-11-28T10:00:00.000000+00:00\",\"locked\":false,\"create_timestamp\":"
                + "\"2026-11-28T10:00:00.000000+00:00\"}}";
    }

    /** The thread the bot created last, or null. */
    String lastThread() {
        List<Call> created = calls("POST", "/threads");
        if (created.isEmpty()) {
            return null;
        }
        return threads.entrySet().stream()
                .max(Map.Entry.comparingByKey())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private String messageJson(String id, String channel, String content) {
        return "{\"id\":\"" + id + "\",\"channel_id\":\"" + channel + "\",\"guild_id\":\"" + GUILD + "\",\"author\":"
                + user(BOT, "mltrainer") + ",\"content\":" + JSON.valueToTree(content == null ? "" : content)
                + ",\"timestamp\":\"2026-11-28T10:00:00.000000+00:00\",\"edited_timestamp\":null,\"tts\":false,"
                + "\"mention_everyone\":false,\"mentions\":[],\"mention_roles\":[],\"attachments\":[],\"embeds\":[],"
                + "\"pinned\":false,\"type\":0,\"flags\":0,\"components\":[]}";
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.startsWith("/cdn/")) {
            Path file = files.get(path.substring("/cdn/".length()));
            byte[] bytes = file == null ? new byte[0] : Files.readAllBytes(file);
            exchange.sendResponseHeaders(file == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            return;
        }
        calls.add(new Call(method, path, body));
        String api = path.substring("/api/v10".length());
        if (!tokenAccepted
                || !("Bot " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            if (!api.startsWith("/interactions/") && !api.startsWith("/webhooks/")) {
                send(exchange, 401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
                return;
            }
        }
        if (api.equals("/users/@me")) {
            send(exchange, 200, user(BOT, "mltrainer"));
        } else if (api.startsWith("/applications/") && api.endsWith("/commands")) {
            send(exchange, 200, "[]");
        } else if (api.startsWith("/interactions/")) {
            send(exchange, 204, null);
        } else if (api.startsWith("/webhooks/")) {
            send(exchange, 200, messageJson(snowflake(), CHANNEL, field(body, "content")));
        } else if (api.matches("/channels/\\d+/messages/\\d+/threads") && method.equals("POST")) {
            String parent = api.split("/")[2];
            String thread = snowflake();
            threads.put(thread, parent);
            send(exchange, 201, threadJson(thread, parent));
        } else if (api.matches("/channels/\\d+/messages") && method.equals("POST")) {
            send(exchange, 200, messageJson(snowflake(), api.split("/")[2], field(body, "content")));
        } else if (api.matches("/channels/\\d+/messages/\\d+") && method.equals("PATCH")) {
            String[] parts = api.split("/");
            send(exchange, 200, messageJson(parts[4], parts[2], field(body, "content")));
        } else if (api.equals("/users/@me/channels")) {
            String recipient = field(body, "recipient_id");
            send(
                    exchange,
                    200,
                    "{\"id\":\"9" + recipient.substring(1) + "\",\"type\":1,\"recipients\":["
                            + user(recipient, "u" + recipient) + "],\"last_message_id\":null}");
        } else if (api.matches("/users/\\d+")) {
            String id = api.substring("/users/".length());
            send(exchange, 200, user(id, "u" + id));
        } else {
            send(exchange, 404, "{\"message\":\"Unknown\",\"code\":0}");
        }
    }

    static String field(String json, String name) {
        try {
            JsonNode node = JSON.readTree(json == null || json.isBlank() ? "{}" : json);
            // multipart bodies carry the JSON in a "payload_json" part; JDA sends plain JSON without files
            return node.path(name).asText("");
        } catch (IOException e) {
            int at = json.indexOf("\"" + name + "\":\"");
            if (at < 0) {
                return "";
            }
            int start = at + name.length() + 4;
            return json.substring(start, json.indexOf('"', start));
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
    public void close() throws Exception {
        rest.stop(0);
        gateway.stop(1000);
    }

    /** The gateway: one session, resumable. */
    private final class Gateway extends WebSocketServer {
        private final AtomicLong seq = new AtomicLong();
        volatile int identifies;
        volatile int resumes;

        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        void dispatch(String type, String data) {
            broadcast("{\"op\":0,\"t\":\"" + type + "\",\"s\":" + seq.incrementAndGet() + ",\"d\":" + data + "}");
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250},\"s\":null,\"t\":null}");
        }

        @Override
        public void onMessage(WebSocket conn, String text) {
            JsonNode message;
            try {
                message = JSON.readTree(text);
            } catch (IOException e) {
                return;
            }
            int op = message.path("op").asInt();
            if (op == 1) {
                conn.send("{\"op\":11,\"d\":null}");
            } else if (op == 2) {
                identifies++;
                long intents = message.path("d").path("intents").asLong();
                if ((intents & (1 << 15)) != 0 && !allowMessageContent) {
                    conn.close(4014, "Disallowed intent(s).");
                    return;
                }
                if (!tokenAccepted) {
                    conn.close(4004, "Authentication failed.");
                    return;
                }
                dispatch(
                        "READY",
                        "{\"v\":10,\"user\":" + user(BOT, "mltrainer") + ",\"guilds\":[{\"id\":\"" + GUILD
                                + "\",\"unavailable\":true}],\"private_channels\":[],\"session_id\":\"session-1\","
                                + "\"resume_gateway_url\":\"" + gatewayUrl() + "\",\"session_type\":\"normal\","
                                + "\"application\":{\"id\":\"" + BOT + "\",\"flags\":0},\"relationships\":[],"
                                + "\"presences\":[],\"user_settings\":{},\"guild_join_requests\":[],\"geo_ordered_rtc_regions\":[]}");
                dispatch("GUILD_CREATE", guild());
            } else if (op == 6) {
                resumes++;
                dispatch("RESUMED", "{}");
            }
        }

        private String guild() {
            return "{\"id\":\"" + GUILD + "\",\"name\":\"ML\",\"icon\":null,\"splash\":null,\"discovery_splash\":null,"
                    + "\"owner_id\":\"1\",\"afk_channel_id\":null,\"afk_timeout\":300,\"verification_level\":0,"
                    + "\"default_message_notifications\":0,\"explicit_content_filter\":0,\"roles\":[{\"id\":\"" + GUILD
                    + "\",\"name\":\"@everyone\",\"color\":0,\"colors\":{\"primary_color\":0,\"secondary_color\":null,"
                    + "\"tertiary_color\":null},\"hoist\":false,\"icon\":null,\"unicode_emoji\":null,\"position\":0,"
                    + "\"permissions\":\"2251799813685247\",\"managed\":false,\"mentionable\":false,\"flags\":0}],"
                    + "\"emojis\":[],\"stickers\":[],\"features\":[],\"mfa_level\":0,\"system_channel_id\":null,"
                    + "\"system_channel_flags\":0,\"rules_channel_id\":null,\"vanity_url_code\":null,\"description\":null,"
                    + "\"banner\":null,\"premium_tier\":0,\"premium_subscription_count\":0,\"preferred_locale\":\"en-US\","
                    + "\"public_updates_channel_id\":null,\"nsfw_level\":0,\"premium_progress_bar_enabled\":false,"
                    + "\"large\":false,\"unavailable\":false,\"member_count\":2,\"joined_at\":"
                    + "\"2026-01-01T00:00:00.000000+00:00\",\"voice_states\":[],\"members\":["
                    + member(BOT, "mltrainer")
                    + "],\"channels\":[" + channelJson(CHANNEL) + "],\"threads\":[],\"presences\":[],"
                    + "\"stage_instances\":[],\"guild_scheduled_events\":[],\"soundboard_sounds\":[]}";
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

        @Override
        public void onError(WebSocket conn, Exception ex) {}

        @Override
        public void onStart() {}
    }
}
