package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.bot.LoopbackService.Answer;
import io.mltrainer.bot.LoopbackService.Exchange;
import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.port.in.ChatMessage;
import io.mltrainer.core.testing.FakeCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake on the real application (H2 in the home folder), across a restart and with a model that is too eager. */
class IntakeOnTheRealApplicationTest {
    private static final ThreadKey THREAD = new ThreadKey("slack", "T1", "C1", "1700000000.000200");
    private static final ThreadKey DM = new ThreadKey("slack", "T1", "D1", "");
    private static final Pattern TOOL_RESULT = Pattern.compile("\"role\"\\s*:\\s*\"tool\"");

    @TempDir
    Path home;

    @TempDir
    Path work;

    private Application app;
    private LoopbackService openai;
    private LoopbackService hub;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (openai != null) {
            openai.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void an_intake_interrupted_by_a_restart_continues_on_a_new_application_with_the_same_home() {
        Cli cli = new Cli(home, work);
        app = Application.open(cli.settings(), work, cli.env);
        RecordingSurface before = new RecordingSurface();
        app.connect(before).handle(message("predict the species of iris flowers"));
        assertThat(before.saidIn(THREAD)).last().asString().contains("Which data should I learn from?");
        app.close();

        app = Application.open(cli.settings(), work, cli.env);
        RecordingSurface after = new RecordingSurface();
        app.connect(after).handle(message(Fixtures.shared("iris.csv").toString()));

        assertThat(String.join("\n", after.saidIn(THREAD)))
                .contains("I'll build a tabular classification model from")
                .contains("train it on this machine and save it in the local model registry.")
                .contains("Start? (yes / no)");
        assertThat(app.status().list(10))
                .singleElement()
                .satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.INTAKE));
    }

    @Test
    void a_model_that_declares_the_intake_complete_cannot_start_a_build_while_the_hub_token_is_missing()
            throws IOException {
        openai = LoopbackService.answering(IntakeOnTheRealApplicationTest::eagerModel);
        Cli cli = new Cli(home, work);
        cli.env.put("OPENAI_API_KEY", "sk-" + "proj-" + "OperatorKeyForIntakeTest9".repeat(3));
        cli.env.put("OPENAI_BASE_URL", openai.url() + "/v1");
        app = Application.open(cli.settings(), work, cli.env);
        RecordingSurface surface = new RecordingSurface();
        Conversations chat = app.connect(surface);

        chat.handle(new ChatMessage(
                THREAD,
                "U1",
                "predict the species of iris flowers and publish the model on the Hugging Face Hub as iris-eager",
                false,
                true,
                List.of(upload("iris.csv"))));

        List<String> toolResults = openai.seen().stream()
                .map(Exchange::body)
                .filter(body -> TOOL_RESULT.matcher(body).find())
                .toList();
        assertThat(toolResults)
                .singleElement()
                .asString()
                .contains("refused: still missing or not validated: hf_token");
        assertThat(surface.asked()).containsExactly(new RecordingSurface.Asked(THREAD, "U1", Slot.HF_TOKEN));
        assertThat(surface.saidIn(THREAD)).noneMatch(s -> s.contains("started"));
        assertThat(app.status().list(10))
                .singleElement()
                .satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.INTAKE));
    }

    @Test
    void a_model_cannot_finish_the_intake_while_the_hub_token_it_was_given_is_not_validated() throws IOException {
        openai = LoopbackService.answering(IntakeOnTheRealApplicationTest::eagerModel);
        hub = LoopbackService.answering(
                e -> new Answer(401, "{\"error\":\"Invalid credentials in Authorization header\"}"));
        Cli cli = new Cli(home, work);
        cli.env.put("OPENAI_API_KEY", "sk-" + "proj-" + "OperatorKeyForIntakeTest9".repeat(3));
        cli.env.put("OPENAI_BASE_URL", openai.url() + "/v1");
        cli.env.put("HF_ENDPOINT", hub.url());
        app = Application.open(cli.settings(), work, cli.env);
        RecordingSurface surface = new RecordingSurface();
        String token = FakeCredentials.HF.value();

        app.connect(surface)
                .handle(new ChatMessage(
                        DM,
                        "U1",
                        "predict the species of iris flowers and publish the model on the Hugging Face Hub as"
                                + " iris-eager, my token is " + token,
                        true,
                        true,
                        List.of(upload(DM, "iris.csv"))));

        // The token was there, stored and then checked; while the model talked it was not validated yet.
        assertThat(app.vault().list("slack:U1"))
                .singleElement()
                .satisfies(s -> assertThat(s.ref().kind()).isEqualTo(SecretKind.HF_TOKEN));
        assertThat(openai.seen().stream()
                        .map(Exchange::body)
                        .filter(b -> TOOL_RESULT.matcher(b).find()))
                .singleElement()
                .asString()
                .contains("refused: still missing or not validated: hf_token");
        assertThat(hub.seen())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.credential()).isEqualTo(token));
        assertThat(String.join("\n", surface.saidIn(DM)))
                .contains("refused the token")
                .doesNotContain(token);
        assertThat(surface.saidIn(DM)).noneMatch(s -> s.contains("started"));
        assertThat(app.status().list(10))
                .singleElement()
                .satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.INTAKE));
    }

    /** Asks to finish the intake at once, whatever it was told; then claims all is set. */
    private static Answer eagerModel(Exchange e) {
        boolean toolResultCame = TOOL_RESULT.matcher(e.body()).find();
        String message = toolResultCame || !e.body().contains("finish_intake")
                ? "{\"role\":\"assistant\",\"content\":\"All set, starting now!\"}"
                : "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                        + "\"function\":{\"name\":\"finish_intake\",\"arguments\":\"{}\"}}]}";
        return new Answer(
                200,
                "{\"id\":\"chatcmpl-eager\",\"object\":\"chat.completion\",\"created\":1764324000,\"model\":"
                        + "\"gpt-5-mini\",\"choices\":[{\"index\":0,\"message\":" + message + ",\"finish_reason\":"
                        + (toolResultCame ? "\"stop\"" : "\"tool_calls\"") + "}],\"usage\":{\"prompt_tokens\":10,"
                        + "\"completion_tokens\":2,\"total_tokens\":12}}");
    }

    private static ChatMessage message(String text) {
        return new ChatMessage(THREAD, "U1", text, false, true, List.of());
    }

    private Path upload(String name) throws IOException {
        return upload(THREAD, name);
    }

    private Path upload(ThreadKey thread, String name) throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.shared(name))) {
            return app.uploads().save(thread, name, in);
        }
    }
}
