package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.charts.XChartCurveRenderer;
import io.mltrainer.slack.SlackBot;
import io.mltrainer.slack.SlackConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final String CHANNEL = SlackRequests.CHANNEL;
    private static final Pattern JOB_ON_CARD =
            Pattern.compile("\"action_id\":\"mltrainer_status\",\"value\":\"([^\"]+)\"");

    @TempDir
    Path home;

    @TempDir
    Path work;

    private FakeSlack slack;
    private HttpServer http;
    private Application app;
    private SlackBot bot;
    private SlackRequests requests;

    @BeforeEach
    void start() throws IOException {
        slack = new FakeSlack(HF_TOKEN);
        Cli cli = new Cli(home, work);
        cli.env.put("HF_ENDPOINT", slack.hubUrl());
        app = Application.open(cli.settings(), work, cli.env);
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bot = SlackBot.start(new SlackConfig(FakeSlack.BOT_TOKEN, SECRET, null, slack.apiUrl()), app, http);
        http.start();
        requests = new SlackRequests(slack, SECRET, http.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        bot.close();
        http.stop(0);
        app.close();
        slack.close();
    }

    @Test
    void a_mention_with_a_csv_becomes_a_build_in_its_thread_ending_with_the_final_card_and_can_be_forked() {
        HttpResponse<String> ack =
                requests.event(requests.mention("U1", "predict the species of iris flowers", THREAD, null, "iris.csv"));
        assertThat(ack.statusCode()).isEqualTo(200);
        slack.await("the summary", () -> thread().stream().anyMatch(t -> t.contains("Start? (yes / no)")));
        assertThat(String.join("\n", thread())).contains("I'll learn from `iris.csv`");

        requests.event(requests.threadMessage("U1", "yes", THREAD));

        slack.await("the result", () -> thread().stream().anyMatch(t -> t.contains("✓ Model ready")));
        slack.await("the final card", () -> lastCard().contains("succeeded"));
        assertThat(cardPosts()).hasSize(1); // one card, posted once, then edited
        assertThat(lastCardBlocks()).contains("✓ deploy").contains("Model: ").contains("mltrainer_status");
        // The results are shared as a file with Slack's upload flow, in the build's thread.
        slack.await(
                "the results file",
                () -> !slack.calls("files.completeUploadExternal").isEmpty());
        assertThat(slack.calls("files.getUploadURLExternal").get(0).params().get("filename"))
                .startsWith("metrics-");
        assertThat(slack.calls("upload").get(0).params().get("content")).contains("\"accuracy\"");
        assertThat(slack.calls("upload").get(0).params().get("authorization")).isEqualTo("null");
        assertThat(slack.calls("files.completeUploadExternal").get(0).params())
                .containsEntry("channel_id", CHANNEL)
                .containsEntry("thread_ts", THREAD);
        // So is the training curve, as a PNG image.
        slack.await(
                "the training curve",
                () -> slack.calls("files.completeUploadExternal").size() == 2);
        assertThat(slack.calls("files.getUploadURLExternal").get(1).params())
                .containsEntry("filename", "training_curve.png");
        assertThat(png(slack.calls("upload").get(1).params().get("base64")))
                .satisfies(image -> assertThat(image.getWidth()).isEqualTo(XChartCurveRenderer.WIDTH))
                .satisfies(image -> assertThat(image.getHeight()).isEqualTo(XChartCurveRenderer.HEIGHT));
        assertThat(slack.calls("files.completeUploadExternal").get(1).params())
                .containsEntry("channel_id", CHANNEL)
                .containsEntry("thread_ts", THREAD);

        requests.event(requests.threadMessage("U1", "fork with a smaller test split", THREAD));

        slack.await(
                "the fork's parent message", () -> !slack.posted(CHANNEL, null).isEmpty());
        assertThat(slack.posted(CHANNEL, null).get(0)).contains("Fork of build").contains("<@U1>");
        String forkTs = slack.calls("chat.postMessage").stream()
                .filter(c -> c.params().get("thread_ts") == null
                        && CHANNEL.equals(c.params().get("channel")))
                .findFirst()
                .orElseThrow()
                .ts();
        slack.await(
                "the fork's own thread", () -> !slack.posted(CHANNEL, forkTs).isEmpty());
        slack.await(
                "the pointer in the first thread", () -> thread().stream().anyMatch(t -> t.contains("Forked into")));
    }

    @Test
    void a_slash_command_opens_a_parent_message_and_a_csv_shared_in_its_thread_becomes_the_dataset() {
        HttpResponse<String> ack =
                requests.command(SlackRequests.slashCommand("U1", CHANNEL, "predict the species of iris flowers"));

        assertThat(ack.statusCode()).isEqualTo(200);
        slack.await("the parent message", () -> !slack.posted(CHANNEL, null).isEmpty());
        assertThat(slack.posted(CHANNEL, null))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("<@U1>").contains("/mltrainer"));
        String parent = slack.calls("chat.postMessage").get(0).ts();
        slack.await(
                "the first reply under it", () -> !slack.posted(CHANNEL, parent).isEmpty());

        requests.event(requests.fileShare("U1", "here is the data", parent, "iris.csv"));

        slack.await(
                "the summary with the shared file",
                () -> slack.posted(CHANNEL, parent).stream().anyMatch(t -> t.contains("I'll learn from `iris.csv`")));
        assertThat(slack.downloads()).containsExactly("iris.csv");
    }

    @Test
    void a_bad_signature_or_a_stale_timestamp_is_refused_and_nothing_runs() {
        String body = requests.mention("U1", "help", THREAD, null, null);
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> forged = requests.post(body, "application/json", now, "v0=" + "0".repeat(64), Map.of());
        HttpResponse<String> stale =
                requests.post(body, "application/json", now - 600, requests.sign(now - 600, body), Map.of());

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        // A signed request to the same thread afterwards: the thread's work runs in order, so a wrongly accepted
        // request would have answered before this one.
        requests.event(requests.mention("U1", "status", THREAD, null, null));
        slack.await("the signed request's answer", () -> !thread().isEmpty());
        assertThat(thread()).singleElement().satisfies(t -> assertThat(t).doesNotContain("fork <changes>"));
    }

    @Test
    void message_subtypes_without_a_handler_are_acknowledged_so_slack_does_not_retry_them() {
        for (String subtype : List.of("channel_join", "message_changed", "bot_message", "thread_broadcast")) {
            assertThat(requests.event(requests.subtyped("U2", subtype)).statusCode())
                    .as(subtype)
                    .isEqualTo(200);
        }
        requests.event(requests.mention("U1", "help", THREAD, null, null));
        slack.await("the next request's answer", () -> !thread().isEmpty());
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void an_event_delivered_three_times_is_handled_once() {
        String body = requests.mention("U1", "help", THREAD, "Ev0RETRY", null);

        for (int retry = 0; retry < 3; retry++) {
            Map<String, String> headers = retry == 0
                    ? Map.of()
                    : Map.of("X-Slack-Retry-Num", String.valueOf(retry), "X-Slack-Retry-Reason", "http_timeout");
            assertThat(requests.signed(body, "application/json", headers).statusCode())
                    .isEqualTo(200);
        }
        requests.event(requests.mention("U1", "status", THREAD, null, null)); // a new event, handled after them

        slack.await("both answers", () -> thread().size() >= 2);
        assertThat(thread()).hasSize(2);
        assertThat(thread().get(0)).contains("fork <changes>");
        assertThat(thread().get(1)).doesNotContain("fork <changes>");
    }

    @Test
    void the_bots_own_thread_replies_start_nothing_and_are_acknowledged() {
        requests.event(requests.mention("U1", "help", THREAD, null, null));
        slack.await("the answer to help", () -> !thread().isEmpty());

        assertThat(requests.event(requests.threadMessage(FakeSlack.BOT_USER, "help", THREAD))
                        .statusCode())
                .isEqualTo(200);
        requests.event(requests.mention("U1", "status", THREAD, null, null)); // handled after the bot's reply

        slack.await("the answer to status", () -> thread().size() >= 2);
        assertThat(thread()).hasSize(2);
    }

    @Test
    void a_rate_limited_card_update_is_retried_after_the_wait_and_the_last_state_is_shown() {
        slack.refuseUpdates(3);
        requests.event(requests.mention("U1", "predict the species of iris flowers", THREAD, null, "iris.csv"));
        slack.await("the summary", () -> thread().stream().anyMatch(t -> t.contains("Start?")));
        requests.event(requests.threadMessage("U1", "yes", THREAD));

        slack.await("the result", () -> thread().stream().anyMatch(t -> t.contains("✓ Model ready")));
        slack.await("the final card", () -> lastCard().contains("succeeded"));
        assertThat(lastCardBlocks()).contains("✓ deploy");
        List<FakeSlack.Call> refused = slack.refusedUpdates();
        assertThat(refused).hasSize(3);
        // Each refusal said Retry-After: 1; the card was not edited again before that second had passed.
        for (FakeSlack.Call refusal : refused) {
            slack.calls("chat.update").stream()
                    .map(FakeSlack.Call::at)
                    .filter(at -> at.isAfter(refusal.at()))
                    .findFirst()
                    .ifPresent(next -> assertThat(Duration.between(refusal.at(), next))
                            .isGreaterThanOrEqualTo(Duration.ofMillis(950)));
        }
    }

    @Test
    void only_the_owner_cancels_and_a_teammate_is_told_why_by_text_or_by_the_card_button() {
        requests.event(requests.mention("U1", "predict the species of iris flowers", THREAD, null, "iris.csv"));
        slack.await("the summary", () -> thread().stream().anyMatch(t -> t.contains("Start?")));

        requests.event(requests.threadMessage("U2", "cancel", THREAD));
        slack.await(
                "the refusal", () -> thread().stream().anyMatch(t -> t.contains("Only <@U1> or an admin can cancel")));

        requests.event(requests.threadMessage("U1", "yes", THREAD));
        slack.await("the card", () -> !cardPosts().isEmpty());
        Matcher job = JOB_ON_CARD.matcher(cardPosts().get(0).params().get("blocks"));
        assertThat(job.find()).isTrue();

        requests.interaction(SlackRequests.blockAction("U2", THREAD, "mltrainer_cancel", job.group(1)));
        slack.await(
                "the button's refusal",
                () -> thread().stream().anyMatch(t -> t.contains("(who started build " + job.group(1) + ")")));
        requests.interaction(SlackRequests.blockAction("U2", THREAD, "mltrainer_status", job.group(1)));
        slack.await(
                "the status for anyone", () -> thread().stream().anyMatch(t -> t.startsWith("Build " + job.group(1))));
    }

    @Test
    void a_credential_is_asked_in_a_dm_refused_by_dm_when_wrong_and_taken_from_the_dm() {
        askForTheHubToken();

        // The modal: the button opens it; it closes at once and a refused token is told by DM, never in the channel.
        HttpResponse<String> opened = requests.interaction(
                SlackRequests.blockAction("U1", THREAD, "mltrainer_credentials", "T1|C1|" + THREAD));
        assertThat(opened.statusCode()).isEqualTo(200);
        slack.await("the modal", () -> !slack.calls("views.open").isEmpty());
        assertThat(slack.calls("views.open").get(0).params().get("trigger_id")).isEqualTo("trigger-1");
        HttpResponse<String> refused = requests.interaction(
                SlackRequests.viewSubmission("U1", "T1|C1|" + THREAD, "hf_not_a_real_token_but_long_enough_12345"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).doesNotContain("errors");
        slack.await(
                "the refusal by DM", () -> slack.posted("DU1", null).stream().anyMatch(t -> t.contains("refused")));

        // The DM: the right token continues the build's thread.
        requests.event(requests.dmMessage("U1", HF_TOKEN));
        slack.await(
                "the thread goes on", () -> thread().stream().anyMatch(t -> t.contains("sent credentials privately")));
        slack.await(
                "the DM's answer",
                () -> slack.posted("DU1", null).stream()
                        .anyMatch(t -> t.contains("We continue in the build's thread")));
        assertThat(slack.transcript()).doesNotContain(HF_TOKEN);
    }

    @Test
    void a_credential_entered_in_the_modal_closes_it_and_the_build_goes_on() {
        askForTheHubToken();
        requests.interaction(SlackRequests.blockAction("U1", THREAD, "mltrainer_credentials", "T1|C1|" + THREAD));
        slack.await("the modal", () -> !slack.calls("views.open").isEmpty());

        HttpResponse<String> submitted =
                requests.interaction(SlackRequests.viewSubmission("U1", "T1|C1|" + THREAD, HF_TOKEN));

        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).doesNotContain("errors");
        slack.await(
                "the thread goes on", () -> thread().stream().anyMatch(t -> t.contains("sent credentials privately")));
        assertThat(slack.transcript()).doesNotContain(HF_TOKEN);
    }

    private static java.awt.image.BufferedImage png(String base64) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    java.util.Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void askForTheHubToken() {
        requests.event(requests.mention(
                "U1",
                "classify emails as spam and publish the model on the Hugging Face Hub",
                THREAD,
                null,
                "emails-spam-small.csv"));
        slack.await("the DM", () -> !slack.posted("DU1", null).isEmpty());
        assertThat(slack.calls("conversations.open")).hasSize(1);
        assertThat(slack.posted("DU1", null).get(0)).contains("Hugging Face token");
        slack.await(
                "the credentials button in the thread",
                () -> slack.calls("chat.postMessage").stream()
                        .anyMatch(c -> c.params().getOrDefault("blocks", "").contains("mltrainer_credentials")));
    }

    // --- what Slack was asked -----------------------------------------------------------------------------------

    /** What the bot said in the build's thread, apart from the status card. */
    private List<String> thread() {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> CHANNEL.equals(c.params().get("channel"))
                        && THREAD.equals(c.params().get("thread_ts")))
                .filter(c -> !c.params().getOrDefault("blocks", "").contains("mltrainer_status"))
                .map(FakeSlack.Call::text)
                .toList();
    }

    private List<FakeSlack.Call> cardPosts() {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> c.params().getOrDefault("blocks", "").contains("mltrainer_status"))
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
}
