package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import com.sun.net.httpserver.HttpServer;
import io.mltrainer.slack.SlackBot;
import io.mltrainer.slack.SlackConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Bolt app on the application's HTTP server, driven by signed Slack requests shaped like Slack's own, with
 * the Web API, shared files and the Hub answered by a loopback fake; builds really run (H2, offline, local).
 */
class SlackAppTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String HF_TOKEN = "hf_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3k";
    private static final String THREAD = "1700000000.000100";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private FakeSlack slack;
    private HttpServer http;
    private Application app;
    private SlackBot bot;
    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger events = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        slack = new FakeSlack(HF_TOKEN);
        Cli cli = new Cli(home, work);
        cli.env.put("HF_ENDPOINT", slack.hubUrl());
        app = Application.open(cli.settings(), work, cli.env);
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bot = SlackBot.start(new SlackConfig(FakeSlack.BOT_TOKEN, SECRET, null, slack.apiUrl()), app, http);
        http.start();
    }

    @AfterEach
    void stop() {
        bot.close();
        http.stop(0);
        app.close();
        slack.close();
    }

    @Test
    void a_mention_with_a_csv_becomes_a_build_in_its_thread_ending_with_the_final_card() throws Exception {
        HttpResponse<String> ack =
                event(mention("U1", "predict the species of iris flowers", THREAD, null, "iris.csv"));
        assertThat(ack.statusCode()).isEqualTo(200);
        await("the summary", () -> thread().stream().anyMatch(t -> t.contains("Start? (yes / no)")));
        assertThat(String.join("\n", thread())).contains("I'll learn from `iris.csv`");

        event(threadMessage("U1", "yes", THREAD));

        await("the result", () -> thread().stream().anyMatch(t -> t.contains("✓ Model ready")));
        await("the final card", () -> lastCard().contains("succeeded"));
        assertThat(slack.calls("chat.postMessage").stream()
                        .filter(c -> c.params().getOrDefault("blocks", "").contains("mltrainer_status")))
                .hasSize(1); // one card, posted once, then edited
        assertThat(lastCardBlocks()).contains("✓ deploy").contains("Model: ");
        // The results are shared as a file with Slack's upload flow, in the build's thread.
        await(
                "the results file",
                () -> !slack.calls("files.completeUploadExternal").isEmpty());
        assertThat(slack.calls("files.getUploadURLExternal").get(0).params().get("filename"))
                .startsWith("metrics-");
        assertThat(slack.calls("upload").get(0).params().get("content")).contains("\"accuracy\"");
        assertThat(slack.calls("upload").get(0).params().get("authorization")).isEqualTo("null");
        assertThat(slack.calls("files.completeUploadExternal").get(0).params())
                .containsEntry("channel_id", "C1")
                .containsEntry("thread_ts", THREAD);
    }

    @Test
    void a_bad_signature_or_a_stale_timestamp_is_refused_and_nothing_runs() throws Exception {
        String body = mention("U1", "help", THREAD, null, null);
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> forged = post(body, "application/json", now, "v0=" + "0".repeat(64), Map.of());
        HttpResponse<String> stale = post(body, "application/json", now - 600, sign(now - 600, body), Map.of());

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        Thread.sleep(300); // give a wrongly started handler the chance to post (there must be none)
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void message_subtypes_without_a_handler_are_acknowledged_so_slack_does_not_retry_them() throws Exception {
        for (String subtype : List.of("channel_join", "message_changed", "bot_message", "thread_broadcast")) {
            HttpResponse<String> ack = event(envelope(
                    null,
                    "{\"type\":\"message\",\"subtype\":\"" + subtype + "\",\"user\":\"U2\",\"text\":\"<@U2> has"
                            + " joined the channel\",\"ts\":\"1700000005.000001\",\"channel\":\"C1\",\"event_ts\":"
                            + "\"1700000005.000001\",\"channel_type\":\"channel\"}"));
            assertThat(ack.statusCode()).as(subtype).isEqualTo(200);
        }
        event(mention("U1", "help", THREAD, null, null));
        await("the next request's answer", () -> !thread().isEmpty());
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void an_event_delivered_three_times_is_handled_once() throws Exception {
        String body = mention("U1", "help", THREAD, "Ev0RETRY", null);

        for (int retry = 0; retry < 3; retry++) {
            Map<String, String> headers = retry == 0
                    ? Map.of()
                    : Map.of("X-Slack-Retry-Num", String.valueOf(retry), "X-Slack-Retry-Reason", "http_timeout");
            long now = Instant.now().getEpochSecond();
            assertThat(post(body, "application/json", now, sign(now, body), headers)
                            .statusCode())
                    .isEqualTo(200);
        }

        await("the help", () -> !thread().isEmpty());
        Thread.sleep(300);
        assertThat(thread()).hasSize(1).allMatch(t -> t.contains("fork <changes>"));
    }

    @Test
    void a_rate_limited_card_update_is_retried_after_the_wait_and_the_last_state_is_shown() throws Exception {
        slack.refuseUpdates(3);
        event(mention("U1", "predict the species of iris flowers", THREAD, null, "iris.csv"));
        await("the summary", () -> thread().stream().anyMatch(t -> t.contains("Start?")));
        event(threadMessage("U1", "yes", THREAD));

        await("the result", () -> thread().stream().anyMatch(t -> t.contains("✓ Model ready")));
        await("the final card", () -> lastCard().contains("succeeded"));
        assertThat(lastCardBlocks()).contains("✓ deploy");
    }

    @Test
    void only_the_owner_cancels_and_a_teammate_is_told_why() throws Exception {
        event(mention("U1", "predict the species of iris flowers", THREAD, null, "iris.csv"));
        await("the summary", () -> thread().stream().anyMatch(t -> t.contains("Start?")));

        event(threadMessage("U2", "cancel", THREAD));

        await("the refusal", () -> thread().stream().anyMatch(t -> t.contains("Only <@U1> or an admin can cancel")));
        event(threadMessage("U1", "cancel", THREAD));
        await("the owner's cancel", () -> thread().stream().anyMatch(t -> t.contains("I dropped this request")));
    }

    @Test
    void a_credential_is_asked_in_a_dm_and_taken_from_the_dm_or_the_modal() throws Exception {
        event(mention(
                "U1",
                "classify emails as spam and publish the model on the Hugging Face Hub",
                THREAD,
                null,
                "emails-spam-small.csv"));
        await("the DM", () -> !slack.posted("DU1", null).isEmpty());
        assertThat(slack.calls("conversations.open")).hasSize(1);
        assertThat(slack.posted("DU1", null).get(0)).contains("Hugging Face token");
        await(
                "the credentials button in the thread",
                () -> slack.calls("chat.postMessage").stream()
                        .anyMatch(c -> c.params().getOrDefault("blocks", "").contains("mltrainer_credentials")));

        // The modal: the button opens it, a refused token is shown in the modal, never in the channel.
        HttpResponse<String> opened = interaction(blockAction("U1", "mltrainer_credentials", "T1|C1|" + THREAD));
        assertThat(opened.statusCode()).isEqualTo(200);
        await("the modal", () -> !slack.calls("views.open").isEmpty());
        assertThat(slack.calls("views.open").get(0).params().get("trigger_id")).isEqualTo("trigger-1");
        HttpResponse<String> refused = interaction(viewSubmission("U1", "hf_not_a_real_token_but_long_enough_12345"));
        assertThat(refused.body()).contains("\"response_action\":\"errors\"").contains("refused");

        // The DM: the right token continues the build's thread.
        event(dmMessage("U1", HF_TOKEN));
        await("the thread goes on", () -> thread().stream().anyMatch(t -> t.contains("sent credentials privately")));
        assertThat(slack.transcript()).doesNotContain(HF_TOKEN);
    }

    // --- Slack's payloads -------------------------------------------------------------------------------------

    private String mention(String user, String text, String ts, String eventId, String file) {
        String files = file == null
                ? ""
                : ",\"files\":[{\"id\":\"F1\",\"name\":\"" + file + "\",\"title\":\"" + file + "\",\"mimetype\":"
                        + "\"text/csv\",\"filetype\":\"csv\",\"size\":" + size(file) + ",\"url_private\":\""
                        + slack.share(Fixtures.shared(file)) + "\"}]";
        return envelope(
                eventId,
                "{\"type\":\"app_mention\",\"user\":\"" + user + "\",\"text\":\"<@" + FakeSlack.BOT_USER + "> "
                        + text + "\",\"ts\":\"" + ts + "\",\"channel\":\"C1\",\"event_ts\":\"" + ts + "\"" + files
                        + "}");
    }

    private String threadMessage(String user, String text, String threadTs) {
        String ts = "1700000002." + String.format("%06d", events.incrementAndGet());
        return envelope(
                null,
                "{\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts
                        + "\",\"thread_ts\":\"" + threadTs + "\",\"parent_user_id\":\"U1\",\"channel\":\"C1\","
                        + "\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}");
    }

    private String dmMessage(String user, String text) {
        String ts = "1700000003." + String.format("%06d", events.incrementAndGet());
        return envelope(
                null,
                "{\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts
                        + "\",\"channel\":\"D" + user + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"im\"}");
    }

    private String envelope(String eventId, String event) {
        String id = eventId == null ? "Ev" + String.format("%08d", events.incrementAndGet()) : eventId;
        return "{\"token\":\"legacy\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event\":" + event
                + ",\"type\":\"event_callback\",\"event_id\":\"" + id + "\",\"event_time\":1700000000,"
                + "\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\"T1\",\"user_id\":\""
                + FakeSlack.BOT_USER + "\",\"is_bot\":true,\"is_enterprise_install\":false}],"
                + "\"is_ext_shared_channel\":false,\"event_context\":\"4-eyJldCI6ImFwcF9tZW50aW9uIn0\"}";
    }

    private static String blockAction(String user, String actionId, String value) {
        return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\",\"domain\":\"acme\"},\"user\":{\"id\":\"" + user
                + "\",\"username\":\"" + user + "\",\"team_id\":\"T1\"},\"api_app_id\":\"A1\",\"token\":\"legacy\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000001.001001\",\"channel_id\":\"C1\","
                + "\"is_ephemeral\":false,\"thread_ts\":\"" + THREAD + "\"},\"trigger_id\":\"trigger-1\","
                + "\"channel\":{\"id\":\"C1\",\"name\":\"ml\"},\"actions\":[{\"action_id\":\"" + actionId + "\","
                + "\"block_id\":\"b1\",\"text\":{\"type\":\"plain_text\",\"text\":\"Enter credentials\"},"
                + "\"value\":\"" + value + "\",\"type\":\"button\",\"action_ts\":\"1700000004.000001\"}]}";
    }

    private static String viewSubmission(String user, String value) {
        return "{\"type\":\"view_submission\",\"team\":{\"id\":\"T1\",\"domain\":\"acme\"},\"user\":{\"id\":\"" + user
                + "\",\"team_id\":\"T1\"},\"api_app_id\":\"A1\",\"token\":\"legacy\",\"trigger_id\":\"trigger-2\","
                + "\"view\":{\"id\":\"V1\",\"team_id\":\"T1\",\"type\":\"modal\",\"callback_id\":"
                + "\"mltrainer_credentials_view\",\"private_metadata\":\"T1|C1|" + THREAD + "\",\"state\":{\"values\":"
                + "{\"credential\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"" + value + "\"}}}}}}";
    }

    // --- HTTP ---------------------------------------------------------------------------------------------------

    private HttpResponse<String> event(String body) throws Exception {
        long now = Instant.now().getEpochSecond();
        return post(body, "application/json", now, sign(now, body), Map.of());
    }

    private HttpResponse<String> interaction(String payload) throws Exception {
        String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        return post(body, "application/x-www-form-urlencoded", now, sign(now, body), Map.of());
    }

    private HttpResponse<String> post(
            String body, String contentType, long timestamp, String signature, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + http.getAddress().getPort() + SlackBot.PATH))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(long timestamp, String body) {
        return new SlackSignature.Generator(SECRET).generate(String.valueOf(timestamp), body);
    }

    // --- what Slack was asked -----------------------------------------------------------------------------------

    private List<String> thread() {
        return slack.posted("C1", THREAD).stream()
                .filter(t -> !t.startsWith("Build ")) // the card's own text
                .toList();
    }

    private String lastCard() {
        List<FakeSlack.Call> updates = slack.calls("chat.update");
        return updates.isEmpty() ? "" : updates.get(updates.size() - 1).text();
    }

    private String lastCardBlocks() {
        List<FakeSlack.Call> updates = slack.calls("chat.update");
        return updates.isEmpty() ? "" : updates.get(updates.size() - 1).params().getOrDefault("blocks", "");
    }

    private static long size(String file) {
        try {
            return Files.size(Fixtures.shared(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + "; Slack saw:\n" + slack.transcript());
            }
            Thread.sleep(25);
        }
    }
}
