package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.discord.DiscordBot;
import io.mltrainer.discord.DiscordConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JDA client against a loopback Discord (REST and gateway), on the real application: builds really run
 * (H2, offline, local training).
 */
class DiscordBotTest {
    private static final String ALICE = "400000000000000004";
    private static final String BOB = "500000000000000005";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private FakeDiscord discord;
    private Application app;
    private DiscordBot bot;

    @AfterEach
    void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (app != null) {
            app.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    private DiscordBot start(boolean messageContent) throws Exception {
        return start(messageContent, new Cli(home, work));
    }

    private DiscordBot start(boolean messageContent, Cli cli) throws Exception {
        discord = new FakeDiscord(true);
        app = Application.open(cli.settings(), work, cli.env);
        bot = DiscordBot.start(config(messageContent), app);
        return bot;
    }

    private DiscordConfig config(boolean messageContent) {
        return new DiscordConfig(
                FakeDiscord.TOKEN, List.of(FakeDiscord.GUILD), messageContent, discord.apiUrl(), discord.gatewayUrl());
    }

    @Test
    void train_defers_opens_a_thread_edits_one_status_message_and_ends_with_the_result() throws Exception {
        start(true);
        await(
                "the commands",
                () -> discord.calls("PUT", "/guilds/" + FakeDiscord.GUILD + "/commands")
                                .size()
                        == 1);
        assertThat(discord.calls("PUT", "/commands").get(0).body())
                .contains("\"train\"")
                .contains("\"credentials\"");

        discord.dispatch("INTERACTION_CREATE", train(ALICE, "predict the species of iris flowers", "iris.csv"));

        await(
                "the deferred reply",
                () -> discord.calls("POST", "/callback").stream()
                        .anyMatch(c -> c.body().contains("\"type\":5")));
        await("the thread", () -> discord.lastThread() != null);
        String thread = discord.lastThread();
        await("the summary", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("Start? (yes / no)")));
        assertThat(discord.calls("PATCH", "/messages/@original"))
                .anyMatch(c -> c.body().contains(thread));

        discord.dispatch("MESSAGE_CREATE", discord.message(ALICE, thread, "yes"));

        await("the result", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("✓ Model ready")));
        await(
                "the final status",
                () -> discord.calls("PATCH", "/channels/" + thread + "/messages/").stream()
                        .anyMatch(c -> c.body().contains("succeeded")));
        assertThat(discord.posted(thread).stream().filter(t -> t.startsWith("**Build")))
                .hasSize(1);
    }

    @Test
    void a_reconnect_in_the_middle_of_a_build_loses_and_duplicates_nothing() throws Exception {
        start(true);
        discord.dispatch("INTERACTION_CREATE", train(ALICE, "predict the species of iris flowers", "iris.csv"));
        await("the thread", () -> discord.lastThread() != null);
        String thread = discord.lastThread();
        await("the summary", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("Start?")));
        String yes = discord.message(ALICE, thread, "yes");
        discord.dispatch("MESSAGE_CREATE", yes);

        discord.reconnect();
        await("the resume", () -> discord.resumes() >= 1);
        discord.dispatch("MESSAGE_CREATE", yes); // the same message replayed after the resume

        await("the result", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("✓ Model ready")));
        Thread.sleep(500);
        assertThat(discord.posted(thread).stream().filter(t -> t.contains("✓ Model ready")))
                .hasSize(1);
        assertThat(discord.posted(thread).stream().filter(t -> t.contains("started.")))
                .hasSize(1);
        assertThat(discord.identifies()).isEqualTo(1);
    }

    @Test
    void a_teammates_cancel_is_refused_with_the_reason() throws Exception {
        start(true);
        discord.dispatch("INTERACTION_CREATE", train(ALICE, "predict the species of iris flowers", "iris.csv"));
        await("the thread", () -> discord.lastThread() != null);
        String thread = discord.lastThread();
        await("the summary", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("Start?")));

        discord.dispatch("INTERACTION_CREATE", discord.slash(BOB, thread, "cancel", "", null));

        await(
                "the refusal",
                () -> discord.posted(thread).stream()
                        .anyMatch(t -> t.contains("Only <@" + ALICE + "> or an admin can cancel")));
    }

    @Test
    void a_credential_goes_through_a_modal_and_never_into_the_channel() throws Exception {
        try (FakeHubForStaging hub = new FakeHubForStaging()) {
            Cli cli = new Cli(home, work);
            cli.env.put("HF_ENDPOINT", hub.url());
            start(true, cli);
            discord.dispatch(
                    "INTERACTION_CREATE",
                    train(
                            ALICE,
                            "classify emails as spam and publish the model on the Hugging Face Hub",
                            "emails-spam-small.csv"));
            await("the thread", () -> discord.lastThread() != null);
            String thread = discord.lastThread();
            await("the DM", () -> !discord.calls("POST", "/users/@me/channels").isEmpty());
            await(
                    "the button",
                    () -> discord.calls("POST", "/channels/" + thread + "/messages").stream()
                            .anyMatch(c -> c.body().contains("mltrainer:credentials:")));

            String custom = "mltrainer_credentials:" + FakeDiscord.GUILD + "|" + FakeDiscord.CHANNEL + "|" + thread;
            discord.dispatch("INTERACTION_CREATE", discord.modalSubmit(ALICE, thread, custom, FakeHubForStaging.TOKEN));

            await(
                    "the thread goes on",
                    () -> discord.posted(thread).stream().anyMatch(t -> t.contains("sent credentials privately")));
            await(
                    "the private answer",
                    () -> discord.calls("PATCH", "/messages/@original").stream()
                            .anyMatch(c -> c.body().contains("Thanks, got it")));
            assertThat(discord.transcript()).doesNotContain(FakeHubForStaging.TOKEN);
        }
    }

    @Test
    void a_disallowed_intent_and_a_rejected_token_stop_with_an_explanation() throws Exception {
        discord = new FakeDiscord(false);
        app = Application.open(new Cli(home, work).settings(), work, new Cli(home, work).env);

        assertThatThrownBy(() -> DiscordBot.start(config(true), app))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4014")
                .hasMessageContaining("Message Content intent");

        discord.refuseToken();
        assertThatThrownBy(() -> DiscordBot.start(config(false), app))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DISCORD_BOT_TOKEN");
    }

    private String train(String user, String request, String file) throws Exception {
        Path data = Fixtures.shared(file);
        String attachment = discord.snowflake();
        String url = discord.cdn(data);
        String options = "{\"name\":\"request\",\"type\":3,\"value\":\"" + request + "\"},{\"name\":\"dataset\","
                + "\"type\":11,\"value\":\"" + attachment + "\"}";
        String resolved = "{\"attachments\":{\"" + attachment + "\":{\"id\":\"" + attachment + "\",\"filename\":\""
                + file + "\",\"size\":" + Files.size(data) + ",\"url\":\"" + url + "\",\"proxy_url\":\"" + url
                + "\",\"content_type\":\"text/csv\",\"ephemeral\":true}}}";
        return discord.slash(user, FakeDiscord.CHANNEL, "train", options, resolved);
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + "; Discord saw:\n" + discord.transcript());
            }
            Thread.sleep(25);
        }
    }
}
