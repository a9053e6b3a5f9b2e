package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.mltrainer.discord.DiscordBot;
import io.mltrainer.discord.DiscordConfig;
import io.mltrainer.discord.GatewayLease;
import io.mltrainer.huggingface.FakeHub;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discord's HTTP interactions on {@code /discord/interactions}, signed with a real Ed25519 key pair, on the real
 * application: the REST calls and the interaction webhooks reach {@link FakeDiscordRest}.
 */
class DiscordInteractionsTest {
    private static final String ALICE = "400000000000000004";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path work;

    private final HttpClient client = HttpClient.newHttpClient();
    private KeyPair keys;
    private FakeDiscord discord;
    private Application app;
    private DiscordBot bot;
    private HttpServer http;

    @BeforeEach
    void keys() throws Exception {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        discord = new FakeDiscord(true);
    }

    @AfterEach
    void stop() throws Exception {
        if (http != null) {
            http.stop(0);
        }
        if (bot != null) {
            bot.close();
        }
        if (app != null) {
            app.close();
        }
        discord.close();
    }

    /** A replica that does not hold the gateway's lease: interactions reach it over HTTP only. */
    private void startReplicaWithoutTheGateway(Cli cli) throws Exception {
        app = Application.open(cli.settings(), work, cli.env);
        app.leaderLeases().acquire(GatewayLease.NAME, "the-other-replica", Duration.ofMinutes(10));
        bot = DiscordBot.start(
                config(),
                app,
                new GatewayLease(app.leaderLeases(), "this-replica", Duration.ofMinutes(1), app.clock()));
        serve();
    }

    /** One replica with the gateway and the HTTP endpoint. */
    private void startWithTheGateway(Cli cli) throws Exception {
        app = Application.open(cli.settings(), work, cli.env);
        bot = DiscordBot.start(config(), app);
        serve();
    }

    private void serve() throws Exception {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext(
                DiscordBot.interactionsPath(),
                new DiscordInteractionsHttp(bot.interactionsEndpoint().orElseThrow()));
        http.start();
    }

    private DiscordConfig config() {
        byte[] encoded = keys.getPublic().getEncoded(); // X.509: a 12-byte prefix, then the raw 32-byte key
        String publicKey = HexFormat.of().formatHex(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
        return new DiscordConfig(
                FakeDiscord.TOKEN,
                List.of(FakeDiscord.GUILD),
                true,
                discord.apiUrl(),
                discord.gatewayUrl(),
                Optional.of(publicKey),
                Optional.of(FakeDiscord.BOT));
    }

    @Test
    void a_signed_ping_gets_a_pong_on_a_replica_that_does_not_run_the_gateway() throws Exception {
        startReplicaWithoutTheGateway(new Cli(home, work));

        HttpResponse<String> pong = post("{\"id\":\"1\",\"type\":1,\"application_id\":\"" + FakeDiscord.BOT + "\"}");

        assertThat(pong.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(pong.body())).isEqualTo(JSON.readTree("{\"type\":1}"));
        assertThat(discord.gateway().identifies())
                .as("the other replica runs the gateway")
                .isZero();
        assertThat(bot.mode()).contains("HTTP interactions");
    }

    @Test
    void a_bad_or_missing_or_stale_signature_is_refused_with_401() throws Exception {
        startReplicaWithoutTheGateway(new Cli(home, work));
        String ping = "{\"id\":\"1\",\"type\":1}";
        String now = Long.toString(Instant.now().getEpochSecond());
        String signature = sign(now, ping);
        String otherBody = "{\"id\":\"2\",\"type\":1}";
        String stale = Long.toString(Instant.now().minus(Duration.ofHours(1)).getEpochSecond());

        assertThat(post(otherBody, signature, now).statusCode())
                .as("signed for another body")
                .isEqualTo(401);
        assertThat(post(ping, "00".repeat(64), now).statusCode())
                .as("a wrong signature")
                .isEqualTo(401);
        assertThat(post(ping, "not hex", now).statusCode())
                .as("a malformed signature")
                .isEqualTo(401);
        assertThat(post(ping, null, now).statusCode()).as("no signature").isEqualTo(401);
        assertThat(post(ping, signature, null).statusCode()).as("no timestamp").isEqualTo(401);
        assertThat(post(ping, sign(stale, ping), stale).statusCode())
                .as("an hour old")
                .isEqualTo(401);
        assertThat(post(ping, signature, now).statusCode())
                .as("the genuine request")
                .isEqualTo(200);
    }

    @Test
    void a_command_a_button_and_a_modal_over_http_ask_for_a_credential_in_a_dm_and_take_it_privately()
            throws Exception {
        try (FakeHub hub = FakeHub.started()) {
            Cli cli = new Cli(home, work);
            cli.env.put("HF_ENDPOINT", hub.url());
            startReplicaWithoutTheGateway(cli);
            String train = train("classify emails as spam and publish the model on the Hugging Face Hub");

            HttpResponse<String> deferred = post(train);

            assertThat(json(deferred).path("type").asInt())
                    .as("deferred with source")
                    .isEqualTo(5);
            String thread = awaitThread();
            await(
                    "the original response edited through the webhook",
                    () -> discord
                            .calls("PATCH", "/webhooks/" + FakeDiscord.BOT + "/" + token(train) + "/messages/@original")
                            .stream()
                            .anyMatch(c -> c.body().contains(thread)));
            await(
                    "the DM opened by the user's id",
                    () -> discord.calls("POST", "/users/@me/channels").stream()
                            .anyMatch(c -> c.body().contains(ALICE)));
            await(
                    "the credentials button",
                    () -> discord.calls("POST", "/channels/" + thread + "/messages").stream()
                            .anyMatch(c -> c.body().contains("mltrainer:credentials:")));
            String place = FakeDiscord.GUILD + "|" + FakeDiscord.CHANNEL + "|" + thread;

            JsonNode modal =
                    json(post(discord.button(ALICE, thread, "900000000000000009", "mltrainer:credentials:" + place)));

            assertThat(modal.path("type").asInt()).as("a modal").isEqualTo(9);
            assertThat(modal.path("data").path("custom_id").asText()).isEqualTo("mltrainer_credentials:" + place);
            String submit = discord.modalSubmit(ALICE, thread, "mltrainer_credentials:" + place, FakeHub.WRITE_TOKEN);

            JsonNode privately = json(post(submit));

            assertThat(privately.path("type").asInt()).isEqualTo(5);
            assertThat(privately.path("data").path("flags").asInt())
                    .as("ephemeral")
                    .isEqualTo(64);
            await(
                    "the private answer through the webhook",
                    () -> discord.calls("PATCH", "/webhooks/" + FakeDiscord.BOT + "/" + token(submit)).stream()
                            .anyMatch(c -> c.body().contains("Thanks, got it")));
            await(
                    "the thread goes on",
                    () -> discord.posted(thread).stream().anyMatch(t -> t.contains("sent credentials privately")));
            assertThat(discord.transcript()).doesNotContain(FakeHub.WRITE_TOKEN);
            assertThat(json(post(submit)).path("data").path("content").asText())
                    .as("the same interaction again is not handled twice")
                    .isEqualTo("Already handled.");
        }
    }

    @Test
    void a_build_started_over_http_lives_in_a_week_long_thread_and_its_card_is_edited_after_the_thread_was_archived()
            throws Exception {
        startWithTheGateway(new Cli(home, work));
        discord.rest().archiveAfterCards();

        assertThat(json(post(train("predict the species of iris flowers")))
                        .path("type")
                        .asInt())
                .isEqualTo(5);
        String thread = awaitThread();
        assertThat(discord.calls("POST", "/threads").get(0).body()).contains("\"auto_archive_duration\":10080");
        await("the summary", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("Start?")));
        discord.dispatch("MESSAGE_CREATE", discord.message(ALICE, thread, "yes"));

        await("the card edited again after the archived thread was unarchived", () -> {
            List<FakeDiscordRest.Call> calls = discord.rest().calls();
            int unarchived = -1;
            for (int i = 0; i < calls.size(); i++) {
                FakeDiscordRest.Call call = calls.get(i);
                if (call.path().endsWith("/channels/" + thread) && call.body().contains("\"archived\":false")) {
                    unarchived = i;
                } else if (unarchived >= 0 && call.path().contains("/channels/" + thread + "/messages/")) {
                    return true;
                }
            }
            return false;
        });
        assertThat(discord.rest().archived(thread)).isFalse();
        HttpResponse<String> status = post(discord.slash(ALICE, thread, "status", "", null));
        assertThat(json(status).path("data").path("flags").asInt()).isEqualTo(64);
    }

    private String train(String request) throws Exception {
        String attachment =
                discord.attachment(Fixtures.shared(request.contains("spam") ? "emails-spam-small.csv" : "iris.csv"));
        String id = attachment.replaceFirst("^\\{\"id\":\"(\\d+)\".*", "$1");
        String options = "{\"name\":\"request\",\"type\":3,\"value\":\"" + request + "\"},{\"name\":\"dataset\","
                + "\"type\":11,\"value\":\"" + id + "\"}";
        return discord.slash(
                ALICE, FakeDiscord.CHANNEL, "train", options, "{\"attachments\":{\"" + id + "\":" + attachment + "}}");
    }

    /** The interaction's token (its webhook's path). */
    private static String token(String interaction) {
        return interaction.replaceFirst("(?s).*\"token\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> post(String body) throws Exception {
        String now = Long.toString(Instant.now(Clock.systemUTC()).getEpochSecond());
        return post(body, sign(now, body), now);
    }

    private HttpResponse<String> post(String body, String signature, String timestamp) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + http.getAddress().getPort() + DiscordBot.interactionsPath()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Signature-Ed25519", signature);
        }
        if (timestamp != null) {
            request.header("X-Signature-Timestamp", timestamp);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String sign(String timestamp, String body) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(keys.getPrivate());
        signer.update((timestamp + body).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(signer.sign());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String awaitThread() {
        await("the thread", () -> discord.lastThread() != null);
        return discord.lastThread();
    }

    private void await(String what, BooleanSupplier condition) {
        Waits.until(what, condition, () -> "Discord saw:\n" + discord.transcript());
    }
}
