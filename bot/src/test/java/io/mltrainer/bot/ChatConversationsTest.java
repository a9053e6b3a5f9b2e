package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.in.ChatMessage;
import io.mltrainer.core.port.out.BuildCard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform-neutral chat layer on the real application (H2, offline model, local training): what a chat surface
 * is asked to say and show for a conversation. Slack and Discord run the same layer against fakes of their APIs.
 */
class ChatConversationsTest {
    private static final ThreadKey THREAD = new ThreadKey("slack", "T1", "C1", "1700000000.000100");
    private static final ThreadKey DM = new ThreadKey("slack", "T1", "D1", "");
    private static final String HF_TOKEN = "hf_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3k";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private HttpServer hub;
    private Application app;
    private RecordingSurface surface;
    private Conversations chat;

    @BeforeEach
    void start() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hub.createContext("/api/whoami-v2", exchange -> {
            boolean ours =
                    ("Bearer " + HF_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (ours
                            ? "{\"type\":\"user\",\"name\":\"alice\",\"fullname\":\"Alice\",\"orgs\":[],"
                                    + "\"auth\":{\"type\":\"access_token\",\"accessToken\":{\"displayName\":\"ci\","
                                    + "\"role\":\"write\"}}}"
                            : "{\"error\":\"Invalid credentials in Authorization header\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(ours ? 200 : 401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        hub.start();
        Cli cli = new Cli(home, work);
        cli.env.put("HF_ENDPOINT", "http://127.0.0.1:" + hub.getAddress().getPort());
        cli.env.put("MLTRAINER_ADMINS", "UBOSS");
        app = Application.open(cli.settings(), work, cli.env);
        surface = new RecordingSurface();
        chat = app.connect(surface);
    }

    @AfterEach
    void stop() {
        app.close();
        hub.stop(0);
    }

    @Test
    void a_shared_file_and_a_yes_in_plain_words_become_a_trained_model_with_one_card_edited_to_the_end()
            throws IOException {
        surface.refuseCards(2); // the platform rate-limits the first card updates: the latest state must still win

        chat.handle(new ChatMessage(
                THREAD, "U1", "predict the species of iris flowers", false, true, List.of(upload("iris.csv"))));
        assertThat(String.join("\n", surface.saidIn(THREAD)))
                .contains("I'll learn from `iris.csv`")
                .contains("Start? (yes / no)");
        chat.handle(new ChatMessage(THREAD, "U1", "maybe later", false, false, List.of()));
        assertThat(last(THREAD)).contains("\"maybe later\"").contains("`yes`").doesNotContain("Start? (yes / no)");

        chat.handle(new ChatMessage(THREAD, "U1", "yes, go ahead", false, false, List.of()));

        surface.await("the model", () -> surface.saidIn(THREAD).stream().anyMatch(s -> s.contains("✓ Model")));
        surface.await(
                "the final card",
                () -> surface.lastCard() != null && surface.lastCard().status() == JobStatus.SUCCEEDED);
        BuildCard card = surface.lastCard();
        assertThat(card.stages()).allMatch(l -> l.mark() == BuildCard.Mark.DONE);
        surface.await("the results file", () -> !surface.filesIn(THREAD).isEmpty());
        assertThat(surface.filesIn(THREAD).get(0))
                .startsWith("metrics-" + card.job() + ".json")
                .contains("\"task_type\": \"tabular_classification\"")
                .contains("\"accuracy\": 0.");
        assertThat(card.lines()).anyMatch(l -> l.startsWith("✓ train")).anyMatch(l -> l.startsWith("Model: "));
        assertThat(surface.cards()).allMatch(c -> c.thread().equals(THREAD));
        // Coalesced: far fewer card edits than events.
        assertThat(surface.cards().size())
                .isLessThan(app.status().show(card.job()).events().size());
    }

    @Test
    void only_the_owner_or_an_admin_changes_a_build_and_everyone_may_look() throws IOException {
        chat.handle(new ChatMessage(
                THREAD, "U1", "predict the species of iris flowers", false, true, List.of(upload("iris.csv"))));

        chat.handle(new ChatMessage(THREAD, "U2", "cancel", false, false, List.of()));
        assertThat(last(THREAD)).contains("Only <@U1> or an admin can cancel this.");
        chat.handle(new ChatMessage(THREAD, "U2", "use the wine data instead", false, true, List.of()));
        assertThat(last(THREAD)).contains("Only <@U1> is describing this build");
        chat.handle(new ChatMessage(THREAD, "U2", "status", false, false, List.of()));
        assertThat(last(THREAD)).contains("still describing this build: waiting for a yes to start.");

        chat.handle(new ChatMessage(THREAD, "U1", "yes", false, false, List.of()));
        surface.await("the model", () -> surface.saidIn(THREAD).stream().anyMatch(s -> s.contains("✓ Model")));

        chat.handle(new ChatMessage(THREAD, "U2", "resume", false, false, List.of()));
        assertThat(last(THREAD)).contains("Only <@U1> (who started build").contains("can resume it");
        chat.handle(new ChatMessage(THREAD, "UBOSS", "cancel", false, false, List.of()));
        assertThat(last(THREAD)).contains("already succeeded; there is nothing to cancel");
        chat.handle(new ChatMessage(THREAD, "U2", "logs", false, false, List.of()));
        assertThat(last(THREAD)).contains("Last events of build").contains("train ✓");
        chat.handle(new ChatMessage(THREAD, "U2", "try 5.1, 3.5, 1.4, 0.2", false, false, List.of()));
        assertThat(last(THREAD))
                .as("anyone may try the model")
                .startsWith("species: setosa")
                .contains("%");
        chat.handle(new ChatMessage(new ThreadKey("slack", "T1", "C1", ""), "U2", "builds", false, true, List.of()));
        assertThat(last(new ThreadKey("slack", "T1", "C1", "")))
                .contains("Builds in this channel:")
                .contains("succeeded · tabular_classification · <@U1>");
    }

    @Test
    void a_credential_is_asked_privately_and_its_dm_answer_continues_the_thread() throws IOException {
        chat.handle(new ChatMessage(
                THREAD,
                "U1",
                "classify emails as spam and publish the model on the Hugging Face Hub",
                false,
                true,
                List.of(upload("emails-spam-small.csv"))));
        assertThat(surface.asked()).containsExactly(new RecordingSurface.Asked(THREAD, "U1", Slot.HF_TOKEN));
        assertThat(last(THREAD)).contains("I'll ask you privately");

        chat.handle(new ChatMessage(DM, "U1", "hf_not_a_real_token_at_all_123456789", true, true, List.of()));
        assertThat(last(DM)).contains("refused"); // still waiting: the reason goes to the DM only

        chat.handle(new ChatMessage(DM, "U1", HF_TOKEN, true, true, List.of()));
        assertThat(last(DM)).contains("We continue in the build's thread");
        assertThat(last(THREAD)).contains("🔐 <@U1> sent credentials privately.");
        assertThat(surface.saidIn(THREAD).stream().anyMatch(s -> s.contains(HF_TOKEN)))
                .isFalse();
        assertThat(surface.saidIn(DM).stream().anyMatch(s -> s.contains(HF_TOKEN)))
                .isFalse();
    }

    @Test
    void a_question_of_the_pipeline_is_answered_in_the_thread() throws IOException {
        chat.handle(new ChatMessage(
                THREAD, "U1", "I need a regression model", false, true, List.of(upload("diabetes.csv"))));
        chat.handle(new ChatMessage(THREAD, "U1", "yes", false, false, List.of()));
        surface.await("the question", () -> surface.saidIn(THREAD).stream().anyMatch(s -> s.startsWith("❓")));
        assertThat(surface.saidIn(THREAD).stream()
                        .filter(s -> s.startsWith("❓"))
                        .findFirst()
                        .orElseThrow())
                .contains("`progression`")
                .contains("Reply in this thread.");

        chat.handle(new ChatMessage(THREAD, "U2", "bmi", false, false, List.of()));
        assertThat(surface.saidIn(THREAD)).noneMatch(s -> s.contains("continues")); // a teammate talking, ignored
        chat.handle(new ChatMessage(THREAD, "U1", "progression", false, false, List.of()));

        surface.await("the model", () -> surface.saidIn(THREAD).stream().anyMatch(s -> s.contains("✓ Model")));
        assertThat(surface.saidIn(THREAD)).anyMatch(s -> s.contains("continues"));
    }

    @Test
    void a_fork_is_a_new_build_of_the_requester_in_its_own_thread() throws IOException {
        chat.handle(new ChatMessage(
                THREAD, "U1", "predict the species of iris flowers", false, true, List.of(upload("iris.csv"))));
        chat.handle(new ChatMessage(THREAD, "U1", "yes", false, false, List.of()));
        surface.await("the model", () -> surface.saidIn(THREAD).stream().anyMatch(s -> s.contains("✓ Model")));

        chat.handle(new ChatMessage(THREAD, "U2", "fork with 3 epochs", false, false, List.of()));

        ThreadKey fork = new ThreadKey("slack", "T1", "C1", "fork-1");
        assertThat(surface.saidIn(fork).get(0)).startsWith("🍴 Fork of build").contains("by <@U2>: with 3 epochs");
        assertThat(String.join("\n", surface.saidIn(fork))).contains("Start? (yes / no)");
        assertThat(last(THREAD)).startsWith("Forked into a new thread: build ");
        chat.handle(new ChatMessage(fork, "U1", "no", false, true, List.of()));
        assertThat(last(fork)).contains("Only <@U2> is describing this build");
    }

    @Test
    void a_credential_pasted_in_a_build_thread_is_masked_and_its_owner_told_to_rotate_it() throws IOException {
        chat.handle(new ChatMessage(
                THREAD, "U1", "predict the species of iris flowers", false, true, List.of(upload("iris.csv"))));
        chat.handle(new ChatMessage(THREAD, "U1", "yes", false, false, List.of()));
        surface.await("the model", () -> surface.saidIn(THREAD).stream().anyMatch(s -> s.contains("✓ Model")));

        chat.handle(
                new ChatMessage(THREAD, "U2", "fork with 3 epochs, my token is " + HF_TOKEN, false, false, List.of()));

        assertThat(surface.saidIn(THREAD)).anyMatch(s -> s.contains("treat it as leaked: rotate it now"));
        assertThat(surface.transcript()).doesNotContain(HF_TOKEN);
        assertThat(app.status().list(10))
                .allSatisfy(j -> assertThat(j.context().request().text()).doesNotContain(HF_TOKEN));
        assertThat(app.vault().list("slack:U2")).hasSize(1);
    }

    @Test
    void an_intake_interrupted_by_a_restart_continues_where_it_stopped() throws IOException {
        chat.handle(new ChatMessage(
                THREAD, "U1", "predict the species of iris flowers", false, true, List.of(upload("iris.csv"))));
        assertThat(last(THREAD)).contains("Start? (yes / no)");

        app.close(); // the process stops between two messages
        Cli cli = new Cli(home, work);
        cli.env.put("HF_ENDPOINT", "http://127.0.0.1:" + hub.getAddress().getPort());
        app = Application.open(cli.settings(), work, cli.env);
        surface = new RecordingSurface();
        chat = app.connect(surface);

        chat.handle(new ChatMessage(THREAD, "U1", "status", false, false, List.of()));
        assertThat(last(THREAD)).contains("waiting for a yes to start");
        chat.handle(new ChatMessage(THREAD, "U1", "yes", false, false, List.of()));
        surface.await("the model", () -> surface.saidIn(THREAD).stream().anyMatch(s -> s.contains("✓ Model")));
    }

    @Test
    void a_path_on_the_bot_machine_outside_the_data_dirs_is_refused_with_what_to_do() throws IOException {
        Path outside = Files.copy(Fixtures.shared("iris.csv"), work.resolve("iris.csv"));

        chat.handle(new ChatMessage(
                THREAD, "U1", "predict the species of iris flowers from " + outside, false, true, List.of()));
        chat.handle(new ChatMessage(THREAD, "U1", "yes", false, false, List.of()));

        surface.await("the refusal", () -> surface.saidIn(THREAD).stream().anyMatch(s -> s.contains("✗ Build")));
        assertThat(String.join("\n", surface.saidIn(THREAD)))
                .contains("I can't read")
                .contains("MLTRAINER_DATA_DIRS")
                .doesNotContain("✓ Model");
    }

    @Test
    void help_and_commands_without_a_build_get_answers() {
        chat.handle(ChatMessage.of(THREAD, "U1", "help", false));
        assertThat(last(THREAD)).contains("`fork <changes>`");
        chat.handle(ChatMessage.of(THREAD, "U1", "status", false));
        assertThat(last(THREAD)).contains("No build in this thread yet.");
        chat.handle(ChatMessage.of(THREAD, "U1", "resume", false));
        assertThat(last(THREAD)).contains("There is no build in this thread to resume.");
        chat.handle(new ChatMessage(THREAD, "U1", "nice weather", false, false, List.of()));
        assertThat(surface.saidIn(THREAD)).hasSize(3); // not addressed to the bot, no build here: silence
    }

    private String last(ThreadKey thread) {
        List<String> said = surface.saidIn(thread);
        assertThat(said)
                .as("messages in " + thread + "; all:\n" + surface.transcript())
                .isNotEmpty();
        return said.get(said.size() - 1);
    }

    private Path upload(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.shared(name))) {
            return app.uploads().save(THREAD, name, in);
        }
    }
}
