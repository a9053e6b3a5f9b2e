package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.discord.DiscordBot;
import io.mltrainer.discord.DiscordConfig;
import io.mltrainer.huggingface.FakeHub;
import java.nio.file.Path;
import java.time.Duration;
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
        String thread = awaitThread();
        await("the summary", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("Start? (yes / no)")));
        assertThat(discord.calls("PATCH", "/messages/@original"))
                .anyMatch(c -> c.body().contains(thread));

        discord.dispatch("MESSAGE_CREATE", discord.message(ALICE, thread, "yes"));

        await("the result", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("✓ Model ready")));
        await("the final status", () -> statusEdits(thread).stream().anyMatch(c -> c.contains("succeeded")));
        assertThat(discord.posted(thread).stream().filter(t -> t.startsWith("**Build")))
                .hasSize(1);
        assertThat(statusEdits(thread).stream().distinct().count())
                .as("the status message went through the stages")
                .isGreaterThan(1);
        await(
                "the results file",
                () -> discord.calls("POST", "/channels/" + thread + "/messages").stream()
                        .anyMatch(c -> c.body().contains("filename=\"metrics-")));
        await(
                "the training curve",
                () -> discord.calls("POST", "/channels/" + thread + "/messages").stream()
                        .anyMatch(c -> c.body().contains("filename=\"training_curve.png\"")
                                && c.body().contains("PNG")
                                && c.body().contains("IHDR")));
    }

    @Test
    void a_mention_with_a_csv_starts_a_build_on_that_data_in_a_thread_from_the_message() throws Exception {
        start(false);
        String mention = DiscordPayloads.withAttachments(
                discord.mention(ALICE, FakeDiscord.CHANNEL, "predict the species of iris flowers"),
                discord.attachment(Fixtures.shared("iris.csv")));
        String message = mention.replaceFirst("^\\{\"id\":\"(\\d+)\".*", "$1");

        discord.dispatch("MESSAGE_CREATE", mention);

        String thread = awaitThread();
        assertThat(discord.calls("POST", "/channels/" + FakeDiscord.CHANNEL + "/messages/" + message + "/threads"))
                .hasSize(1);
        await(
                "the summary with the attached data",
                () -> discord.posted(thread).stream().anyMatch(t -> t.contains("Start? (yes / no)")));
        assertThat(String.join("\n", discord.posted(thread))).contains("iris.csv");
        assertThat(discord.posted(FakeDiscord.CHANNEL)).isEmpty();
    }

    @Test
    void a_reconnect_in_the_middle_of_a_build_loses_and_duplicates_nothing() throws Exception {
        start(true);
        String train = train(ALICE, "predict the species of iris flowers", "iris.csv");
        discord.dispatch("INTERACTION_CREATE", train);
        String thread = awaitThread();
        await("the summary", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("Start?")));
        String yes = discord.message(ALICE, thread, "yes");
        discord.dispatch("MESSAGE_CREATE", yes);
        await("the start", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("started.")));

        discord.reconnect();
        // Discord replays what the session may have missed: the command and the message, both handled already
        discord.dispatch("INTERACTION_CREATE", train);
        discord.dispatch("MESSAGE_CREATE", yes);
        await("the results file", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("full results")));
        // A later message in the same thread is handled after the replay would have been: its answer orders the check.
        int before = discord.posted(thread).size();
        discord.dispatch("MESSAGE_CREATE", discord.message(ALICE, thread, "status"));
        await("the answer to status", () -> discord.posted(thread).size() > before);

        assertThat(discord.posted(thread).stream().filter(t -> t.contains("✓ Model ready")))
                .hasSize(1);
        assertThat(discord.posted(thread).stream().filter(t -> t.contains("started.")))
                .hasSize(1);
        assertThat(discord.gateway().identifies()).isEqualTo(1);
        assertThat(discord.gateway().resumes()).isEqualTo(1);
        assertThat(discord.rest().threads()).hasSize(1);
        assertThat(discord.calls("POST", "/callback")).hasSize(1);
    }

    @Test
    void a_teammates_cancel_is_refused_by_command_and_by_button_and_the_status_button_answers_everyone()
            throws Exception {
        start(true);
        discord.dispatch("INTERACTION_CREATE", train(ALICE, "predict the species of iris flowers", "iris.csv"));
        String thread = awaitThread();
        await("the summary", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("Start?")));
        discord.dispatch("MESSAGE_CREATE", discord.message(ALICE, thread, "yes"));
        await(
                "the status message",
                () -> !discord.calls("PATCH", "/channels/" + thread + "/messages/")
                        .isEmpty());
        FakeDiscordRest.Call edit =
                discord.calls("PATCH", "/channels/" + thread + "/messages/").get(0);
        String statusMessage = edit.path().substring(edit.path().lastIndexOf('/') + 1);
        String job = edit.body().replaceFirst("(?s).*mltrainer:status:([^\"]+)\".*", "$1");

        discord.dispatch("INTERACTION_CREATE", discord.slash(BOB, thread, "cancel", "", null));
        discord.dispatch("INTERACTION_CREATE", discord.button(BOB, thread, statusMessage, "mltrainer:cancel:" + job));

        await(
                "both refusals",
                () -> discord.posted(thread).stream()
                                .filter(t -> t.startsWith("Only <@" + ALICE + ">") && t.contains("can cancel"))
                                .count()
                        == 2);
        discord.dispatch("INTERACTION_CREATE", discord.button(BOB, thread, statusMessage, "mltrainer:status:" + job));
        await(
                "the button acknowledged",
                () -> discord.calls("POST", "/callback").stream()
                                .filter(c -> c.body().contains("\"type\":6"))
                                .count()
                        == 2);
        await("the result", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("✓ Model ready")));
    }

    @Test
    void a_rate_limited_status_edit_is_tried_again_after_discords_retry_after_with_the_newest_state() throws Exception {
        start(true);
        discord.dispatch("INTERACTION_CREATE", train(ALICE, "predict the species of iris flowers", "iris.csv"));
        String thread = awaitThread();
        await("the summary", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("Start?")));
        discord.rest().rateLimitEdits(1, 3.0);

        discord.dispatch("MESSAGE_CREATE", discord.message(ALICE, thread, "yes"));

        await("the final status", () -> statusEdits(thread).stream().anyMatch(c -> c.contains("succeeded")));
        List<FakeDiscordRest.Call> edits = discord.calls("PATCH", "/channels/" + thread + "/messages/");
        assertThat(edits.size()).isGreaterThanOrEqualTo(2);
        assertThat(Duration.between(edits.get(0).at(), edits.get(1).at()))
                .as("the edit refused with 429 is repeated after Discord's retry_after, not JDA's queue")
                .isGreaterThanOrEqualTo(Duration.ofMillis(2900));
    }

    @Test
    void a_credential_goes_through_a_modal_and_never_into_the_channel() throws Exception {
        try (FakeHub hub = FakeHub.started()) {
            Cli cli = new Cli(home, work);
            cli.env.put("HF_ENDPOINT", hub.url());
            start(true, cli);
            discord.dispatch(
                    "INTERACTION_CREATE",
                    train(
                            ALICE,
                            "classify emails as spam and publish the model on the Hugging Face Hub",
                            "emails-spam-small.csv"));
            String thread = awaitThread();
            await("the DM", () -> !discord.calls("POST", "/users/@me/channels").isEmpty());
            await(
                    "the button",
                    () -> discord.calls("POST", "/channels/" + thread + "/messages").stream()
                            .anyMatch(c -> c.body().contains("mltrainer:credentials:")));

            String custom = "mltrainer_credentials:" + FakeDiscord.GUILD + "|" + FakeDiscord.CHANNEL + "|" + thread;
            discord.dispatch("INTERACTION_CREATE", discord.modalSubmit(ALICE, thread, custom, FakeHub.WRITE_TOKEN));

            await(
                    "the thread goes on",
                    () -> discord.posted(thread).stream().anyMatch(t -> t.contains("sent credentials privately")));
            await(
                    "the private answer",
                    () -> discord.calls("PATCH", "/messages/@original").stream()
                            .anyMatch(c -> c.body().contains("Thanks, got it")));
            assertThat(discord.transcript()).doesNotContain(FakeHub.WRITE_TOKEN);
        }
    }

    @Test
    void a_credential_answered_in_the_dm_continues_the_build_and_never_reaches_the_thread() throws Exception {
        try (FakeHub hub = FakeHub.started()) {
            Cli cli = new Cli(home, work);
            cli.env.put("HF_ENDPOINT", hub.url());
            start(false, cli);
            discord.dispatch(
                    "INTERACTION_CREATE",
                    train(
                            ALICE,
                            "classify emails as spam and publish the model on the Hugging Face Hub",
                            "emails-spam-small.csv"));
            String thread = awaitThread();
            String dm = DiscordPayloads.dmChannelId(ALICE);
            await("the question in the DM", () -> !discord.posted(dm).isEmpty());

            discord.dispatch("MESSAGE_CREATE", discord.directMessage(ALICE, FakeHub.WRITE_TOKEN));

            await(
                    "the thread goes on",
                    () -> discord.posted(thread).stream().anyMatch(t -> t.contains("sent credentials privately")));
            assertThat(discord.posted(thread)).noneMatch(t -> t.contains(FakeHub.WRITE_TOKEN));
            assertThat(discord.transcript()).doesNotContain(FakeHub.WRITE_TOKEN);
        }
    }

    @Test
    void without_the_message_content_intent_slash_commands_still_work_and_the_mode_says_so() throws Exception {
        start(false);
        assertThat(discord.gateway().intents() & FakeDiscordGateway.MESSAGE_CONTENT)
                .isZero();
        assertThat(bot.mode()).contains("no message content");

        discord.dispatch("INTERACTION_CREATE", train(ALICE, "predict the species of iris flowers", "iris.csv"));

        String thread = awaitThread();
        await("the summary", () -> discord.posted(thread).stream().anyMatch(t -> t.contains("Start?")));
    }

    @Test
    void a_disallowed_intent_and_a_rejected_token_stop_with_an_explanation() throws Exception {
        discord = new FakeDiscord(false);
        app = Application.open(new Cli(home, work).settings(), work, new Cli(home, work).env);

        assertThatThrownBy(() -> DiscordBot.start(config(true), app))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4014")
                .hasMessageContaining("Message Content intent");
        assertThat(discord.gateway().identifies()).as("no reconnect loop").isEqualTo(1);

        discord.refuseToken();
        assertThatThrownBy(() -> DiscordBot.start(config(false), app))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DISCORD_BOT_TOKEN");
    }

    /** The contents the status message was edited to, in order. */
    private List<String> statusEdits(String thread) {
        return discord.calls("PATCH", "/channels/" + thread + "/messages/").stream()
                .map(c -> FakeDiscordRest.field(c.body(), "content"))
                .toList();
    }

    private String awaitThread() throws InterruptedException {
        await("the thread", () -> discord.lastThread() != null);
        return discord.lastThread();
    }

    private String train(String user, String request, String file) throws Exception {
        String attachment = discord.attachment(Fixtures.shared(file));
        String id = attachment.replaceFirst("^\\{\"id\":\"(\\d+)\".*", "$1");
        String options = "{\"name\":\"request\",\"type\":3,\"value\":\"" + request + "\"},{\"name\":\"dataset\","
                + "\"type\":11,\"value\":\"" + id + "\"}";
        String resolved = "{\"attachments\":{\"" + id + "\":" + attachment + "}}";
        return discord.slash(user, FakeDiscord.CHANNEL, "train", options, resolved);
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        Waits.until(what, condition, () -> "Discord saw:\n" + discord.transcript());
    }
}
