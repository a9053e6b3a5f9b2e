package io.mltrainer.bot;

import com.slack.api.app_backend.SlackSignature;
import io.mltrainer.slack.SlackBot;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's side of HTTP mode: event, slash command and interaction requests shaped like Slack's public samples
 * ({@code json-logs/samples}), signed with the app's signing secret and posted to {@link SlackBot#PATH}. Files in
 * the payloads are offered by the {@link FakeSlack} at their {@code url_private}.
 */
final class SlackRequests {
    static final String TEAM = "T1";
    static final String CHANNEL = "C1";

    private final FakeSlack slack;
    private final String secret;
    private final URI endpoint;
    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger ids;

    SlackRequests(FakeSlack slack, String secret, int port) {
        this(slack, secret, port, new AtomicInteger());
    }

    private SlackRequests(FakeSlack slack, String secret, int port, AtomicInteger ids) {
        this.slack = slack;
        this.secret = secret;
        this.endpoint = URI.create("http://127.0.0.1:" + port + SlackBot.PATH);
        this.ids = ids;
    }

    /**
     * The same Slack app delivering to another replica (on {@code port}): event ids and timestamps go on from these
     * requests', as Slack's are unique whichever replica receives them.
     */
    SlackRequests to(int port) {
        return new SlackRequests(slack, secret, port, ids);
    }

    // --- events -------------------------------------------------------------------------------------------------

    /** {@code app_mention}; {@code eventId} null for a fresh one, {@code file} null for none. */
    String mention(String user, String text, String ts, String eventId, String file) {
        return envelope(
                eventId,
                "{\"type\":\"app_mention\",\"user\":\"" + user + "\",\"text\":\"<@" + FakeSlack.BOT_USER + "> "
                        + text + "\",\"ts\":\"" + ts + "\",\"channel\":\"" + CHANNEL + "\",\"event_ts\":\"" + ts
                        + "\"" + files(file) + "}");
    }

    /** A reply in a channel thread ({@code message.channels}). */
    String threadMessage(String user, String text, String threadTs) {
        String ts = nextTs("1700000002.");
        return envelope(
                null,
                "{\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts
                        + "\",\"thread_ts\":\"" + threadTs + "\",\"parent_user_id\":\"U1\",\"channel\":\"" + CHANNEL
                        + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}");
    }

    /** A file shared in a channel thread: {@code message} with subtype {@code file_share}. */
    String fileShare(String user, String text, String threadTs, String file) {
        String ts = nextTs("1700000005.");
        return envelope(
                null,
                "{\"type\":\"message\",\"text\":\"" + text + "\"" + files(file) + ",\"upload\":false,\"user\":\""
                        + user + "\",\"display_as_bot\":false,\"ts\":\"" + ts + "\",\"subtype\":\"file_share\","
                        + "\"thread_ts\":\"" + threadTs + "\",\"parent_user_id\":\"" + user + "\",\"channel\":\""
                        + CHANNEL + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}");
    }

    /** A direct message to the bot ({@code message.im}) in the DM conversation {@code D<user>}. */
    String dmMessage(String user, String text) {
        String ts = nextTs("1700000003.");
        return envelope(
                null,
                "{\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts
                        + "\",\"channel\":\"D" + user + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"im\"}");
    }

    /** A message of a subtype the app has no handler for (a join, an edit, another bot, a broadcast). */
    String subtyped(String user, String subtype) {
        String ts = nextTs("1700000005.");
        return envelope(
                null,
                "{\"type\":\"message\",\"subtype\":\"" + subtype + "\",\"user\":\"" + user + "\",\"text\":\"<@"
                        + user + "> has joined the channel\",\"ts\":\"" + ts + "\",\"channel\":\"" + CHANNEL
                        + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}");
    }

    private String envelope(String eventId, String event) {
        String id = eventId == null ? "Ev" + String.format("%08d", ids.incrementAndGet()) : eventId;
        return "{\"token\":\"legacy\",\"team_id\":\"" + TEAM + "\",\"api_app_id\":\"A1\",\"event\":" + event
                + ",\"type\":\"event_callback\",\"event_id\":\"" + id + "\",\"event_time\":1700000000,"
                + "\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\"" + TEAM + "\",\"user_id\":\""
                + FakeSlack.BOT_USER + "\",\"is_bot\":true,\"is_enterprise_install\":false}],"
                + "\"is_ext_shared_channel\":false,\"event_context\":\"4-eyJldCI6ImFwcF9tZW50aW9uIn0\"}";
    }

    private String files(String file) {
        if (file == null) {
            return "";
        }
        Path path = Fixtures.shared(file);
        return ",\"files\":[{\"id\":\"F" + ids.incrementAndGet() + "\",\"created\":1700000000,\"timestamp\":"
                + "1700000000,\"name\":\"" + file + "\",\"title\":\"" + file + "\",\"mimetype\":\"text/csv\","
                + "\"filetype\":\"csv\",\"pretty_type\":\"CSV\",\"user\":\"U1\",\"mode\":\"hosted\","
                + "\"editable\":false,\"is_external\":false,\"external_type\":\"\",\"is_public\":true,"
                + "\"size\":" + size(path) + ",\"url_private\":\"" + slack.share(path) + "\",\"permalink\":"
                + "\"https://acme.slack.com/files/U1/F1/" + file + "\"}]";
    }

    // --- interactivity and the slash command ----------------------------------------------------------------------

    /** A button pressed in a message of the thread {@code threadTs} ({@code block_actions}). */
    static String blockAction(String user, String threadTs, String actionId, String value) {
        return "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + TEAM + "\",\"domain\":\"acme\"},\"user\":{\"id\":\""
                + user + "\",\"username\":\"" + user + "\",\"team_id\":\"" + TEAM + "\"},\"api_app_id\":\"A1\","
                + "\"token\":\"legacy\",\"container\":{\"type\":\"message\",\"message_ts\":\"1700000001.001001\","
                + "\"channel_id\":\"" + CHANNEL + "\",\"is_ephemeral\":false,\"thread_ts\":\"" + threadTs + "\"},"
                + "\"trigger_id\":\"trigger-1\",\"channel\":{\"id\":\"" + CHANNEL + "\",\"name\":\"ml\"},"
                + "\"actions\":[{\"action_id\":\"" + actionId + "\",\"block_id\":\"b1\",\"text\":{\"type\":"
                + "\"plain_text\",\"text\":\"Button\"},\"value\":\"" + value + "\",\"type\":\"button\","
                + "\"action_ts\":\"1700000004.000001\"}]}";
    }

    /** The credentials modal submitted; {@code threadRef} is the modal's private metadata. */
    static String viewSubmission(String user, String threadRef, String value) {
        return "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + TEAM + "\",\"domain\":\"acme\"},\"user\":{"
                + "\"id\":\"" + user + "\",\"team_id\":\"" + TEAM + "\"},\"api_app_id\":\"A1\",\"token\":\"legacy\","
                + "\"trigger_id\":\"trigger-2\",\"view\":{\"id\":\"V1\",\"team_id\":\"" + TEAM + "\",\"type\":"
                + "\"modal\",\"callback_id\":\"mltrainer_credentials_view\",\"private_metadata\":\"" + threadRef
                + "\",\"state\":{\"values\":{\"credential\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\""
                + value + "\"}}}}}}";
    }

    /** {@code /mltrainer <text>} typed in {@code channel}, form-encoded as Slack sends it. */
    static String slashCommand(String user, String channel, String text) {
        return form(
                "token", "legacy",
                "team_id", TEAM,
                "team_domain", "acme",
                "channel_id", channel,
                "channel_name", "ml",
                "user_id", user,
                "user_name", user,
                "command", "/mltrainer",
                "text", text,
                "api_app_id", "A1",
                "is_enterprise_install", "false",
                "response_url", "https://hooks.slack.com/commands/T1/1/fake",
                "trigger_id", "trigger-3");
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    HttpResponse<String> event(String body) {
        return signed(body, "application/json", Map.of());
    }

    HttpResponse<String> interaction(String payload) {
        return signed(form("payload", payload), "application/x-www-form-urlencoded", Map.of());
    }

    HttpResponse<String> command(String body) {
        return signed(body, "application/x-www-form-urlencoded", Map.of());
    }

    /** Signed now, with extra headers (Slack's retry headers). */
    HttpResponse<String> signed(String body, String contentType, Map<String, String> headers) {
        long now = Instant.now().getEpochSecond();
        return post(body, contentType, now, sign(now, body), headers);
    }

    HttpResponse<String> post(
            String body, String contentType, long timestamp, String signature, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the Slack app did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String sign(long timestamp, String body) {
        return new SlackSignature.Generator(secret).generate(String.valueOf(timestamp), body);
    }

    private String nextTs(String prefix) {
        return prefix + String.format("%06d", ids.incrementAndGet());
    }

    /** {@code application/x-www-form-urlencoded} of name, value, name, value… */
    private static String form(String... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.append(i == 0 ? "" : "&")
                    .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
