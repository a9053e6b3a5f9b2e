package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.in.ChatMessage;
import io.mltrainer.core.usecase.AnswerQuestion;
import io.mltrainer.kaggle.FakeKaggleRuns;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chat build on Kaggle, whose GPU hours are a weekly quota: the build stops before training with its estimate as a
 * question in the thread (nothing staged yet), a "no" keeps it stopped and a "yes" lets it go on without
 * understanding or planning the request again: the shared file is staged as a private Kaggle dataset and the
 * notebook trains. Kaggle's API is a loopback fake.
 */
class ChatPaidRunTest {
    private static final ThreadKey THREAD = new ThreadKey("slack", "T1", "C1", "1700000000.000200");
    private static final ThreadKey DM = new ThreadKey("slack", "T1", "D1", "");
    private static final String KAGGLE_TOKEN = FakeKaggleRuns.TOKEN;

    @TempDir
    Path home;

    @TempDir
    Path work;

    private FakeKaggleRuns kaggle;
    private Application app;
    private RecordingSurface surface;
    private Conversations chat;

    @BeforeEach
    void start() throws IOException {
        kaggle = FakeKaggleRuns.start();
        Cli cli = new Cli(home, work);
        cli.env.put("KAGGLE_API_URL", kaggle.url());
        cli.env.put("MLTRAINER_KAGGLE_POLL", "20ms");
        app = Application.open(cli.settings(), work, cli.env);
        surface = new RecordingSurface();
        chat = app.connect(surface);
    }

    @AfterEach
    void stop() {
        app.close();
        kaggle.close();
    }

    @Test
    void a_kaggle_build_asks_for_a_go_ahead_in_the_thread_and_a_yes_continues_it() throws IOException {
        chat.handle(new ChatMessage(
                THREAD,
                "U1",
                "classify emails as spam or ham, train it on Kaggle",
                false,
                true,
                List.of(upload("emails-spam-small.csv"))));
        assertThat(surface.asked()).containsExactly(new RecordingSurface.Asked(THREAD, "U1", Slot.KAGGLE_CREDENTIALS));
        chat.handle(new ChatMessage(DM, "U1", KAGGLE_TOKEN, true, true, List.of()));
        surface.await("the summary", () -> surface.saidIn(THREAD).stream().anyMatch(s -> s.contains("Start?")));
        chat.handle(new ChatMessage(THREAD, "U1", "yes", false, false, List.of()));

        surface.await(
                "the go-ahead question", () -> surface.saidIn(THREAD).stream().anyMatch(s -> s.startsWith("❓")));
        String question = surface.saidIn(THREAD).stream()
                .filter(s -> s.startsWith("❓"))
                .findFirst()
                .orElseThrow();
        assertThat(question).contains("Training will take").contains("Kaggle").contains("Start it?");
        Job stopped = app.status().list(1).get(0);
        assertThat(AnswerQuestion.question(stopped))
                .hasValueSatisfying(q -> assertThat(q.slot()).isEqualTo(QuestionSlot.CONFIRM_COST));
        assertThat(kaggle.uploads()).as("nothing is staged before the go-ahead").isEmpty();

        chat.handle(new ChatMessage(THREAD, "U2", "yes", false, false, List.of()));
        assertThat(app.status().show(stopped.id()).job().context().request().costConfirmed())
                .as("a teammate's yes does not spend the owner's quota")
                .isFalse();
        chat.handle(new ChatMessage(THREAD, "U1", "no", false, false, List.of()));
        assertThat(last()).contains("won't start the paid run");
        assertThat(AnswerQuestion.question(app.status().show(stopped.id()).job()))
                .as("a no leaves the build stopped on its question")
                .isPresent();

        chat.handle(new ChatMessage(THREAD, "U1", "yes", false, false, List.of()));

        assertThat(surface.saidIn(THREAD)).anyMatch(s -> s.contains("build " + stopped.id() + " continues"));
        surface.await(
                "the end of the build",
                () -> app.status().show(stopped.id()).job().status().isTerminal());
        Job ended = app.status().show(stopped.id()).job();
        assertThat(ended.context().request().costConfirmed()).isTrue();
        assertThat(ended.status()).as(String.valueOf(ended.context().failure())).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(ended.context().run().metrics()).containsEntry("accuracy", 0.93);
        assertThat(app.status().show(stopped.id()).events().stream()
                        .filter(e -> e.event() instanceof JobEvent.StageStarted s && s.stage() == Stage.INTENT))
                .as("understood and planned once")
                .hasSize(1);
        assertThat(kaggle.uploads()).as("staged once, after the yes").hasSize(1);
        assertThat(kaggle.savedKernels()).as("one notebook").hasSize(1);
    }

    private String last() {
        List<String> said = surface.saidIn(THREAD);
        return said.get(said.size() - 1);
    }

    private Path upload(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.shared(name))) {
            return app.uploads().save(THREAD, name, in);
        }
    }
}
