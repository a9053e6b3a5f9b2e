package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.chat.ChatMessage;
import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.intake.Slot;
import io.mltrainer.core.testing.FakeCredentials;
import io.mltrainer.core.testing.FakeCredentials.FakeCredential;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dozen fake credentials of every recognised shape, and one shapeless answer to a credential question, pushed
 * through every flow a credential can take (the intake in a public thread and in DMs, the credential checks against
 * the services, language model calls with failover, a command-line build with code generation, errors, events,
 * logs, stored jobs and intakes). Afterwards none of them may appear in what the language models received, in the
 * database files, in the logs, in the events, in anything said in chat or in any file under the home folder.
 */
class SecretCanaryTest {
    /** Given as the answer to the Kaggle question in a DM: a secret by context, whatever its shape. */
    private static final String SHAPELESS = "tr0ub4dor-and-3-correct-horse";

    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void no_credential_leaks_anywhere() throws Exception {
        List<String> canaries = new ArrayList<>(
                FakeCredentials.all().stream().map(FakeCredential::value).toList());
        canaries.add(SHAPELESS);
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        RecordingSurface surface = new RecordingSurface();
        List<EventRecord> events = new ArrayList<>();
        try (FakeServices world = new FakeServices(FakeCredentials.HF.value())) {
            Cli cli = new Cli(home, work);
            cli.env.put("ANTHROPIC_API_KEY", FakeCredentials.ANTHROPIC.value());
            cli.env.put("ANTHROPIC_BASE_URL", world.url("anthropic"));
            cli.env.put("OPENAI_API_KEY", FakeCredentials.OPENAI_PROJECT.value());
            cli.env.put("OPENAI_BASE_URL", world.url("openai"));
            cli.env.put("GROQ_API_KEY", FakeCredentials.GROQ.value());
            cli.env.put("GROQ_BASE_URL", world.url("groq"));
            cli.env.put("HF_ENDPOINT", world.url("hf"));
            cli.env.put("KAGGLE_API_URL", world.url("kaggle"));
            Files.copy(Fixtures.shared("iris.csv"), work.resolve("iris.csv"));
            PrintStream capture = new PrintStream(new Tee(logs, err), true, StandardCharsets.UTF_8);
            System.setOut(new PrintStream(new Tee(logs, out), true, StandardCharsets.UTF_8));
            System.setErr(capture);
            try {
                try (Application app = Application.open(cli.settings(), work, cli.env)) {
                    Conversations chat = app.connect(surface);
                    chatFlows(app, chat, surface);
                    for (Job job : app.status().list(100)) {
                        events.addAll(app.status().show(job.id()).events());
                    }
                    assertThat(app.vault().list("slack:U1").size()).isGreaterThanOrEqualTo(10);
                    assertThat(app.vault().list("slack:U2")).isNotEmpty();
                }
                // A command-line build whose request holds a key, with the language models (and their failover)
                // reading the request and adapting the generated code.
                Cli.Result run = cli.run(
                        "run",
                        "predict the species of iris flowers, use my gemini key " + FakeCredentials.GEMINI.value(),
                        "--dataset",
                        "iris.csv",
                        "--stop-after",
                        "codegen");
                logs.writeBytes((run.out() + run.err()).getBytes(StandardCharsets.UTF_8));
                assertThat(run.exitCode()).as(run.err()).isZero();
            } finally {
                System.setOut(out);
                System.setErr(err);
            }

            // The flows really ran: providers were called and failed over, credentials were checked.
            assertThat(world.seen("anthropic")).isNotEmpty();
            assertThat(world.seen("openai")).isNotEmpty();
            assertThat(world.seen("groq")).isNotEmpty();
            assertThat(world.seen("hf"))
                    .anyMatch(s -> ("Bearer " + FakeCredentials.HF.value()).equals(s.authorization()));
            assertThat(world.seen("kaggle")).anyMatch(s -> ("Bearer " + SHAPELESS).equals(s.authorization()));
            assertThat(surface.saidIn(PUBLIC)).anyMatch(s -> s.contains("rotate it now"));

            List<String> modelBodies = Stream.of("anthropic", "openai", "groq")
                    .flatMap(p -> world.seen(p).stream())
                    .map(FakeServices.Seen::body)
                    .toList();
            for (String canary : canaries) {
                String which = which(canary);
                assertThat(modelBodies.stream().filter(b -> b.contains(canary)).map(b -> around(b, canary)))
                        .as("requests to language models hold " + which)
                        .isEmpty();
                assertThat(around(logs.toString(StandardCharsets.UTF_8), canary))
                        .as("logs hold " + which)
                        .isNull();
                assertThat(around(surface.transcript(), canary))
                        .as("chat holds " + which)
                        .isNull();
                assertThat(events.stream().map(EventRecord::toString).filter(e -> e.contains(canary)))
                        .as("events hold " + which)
                        .isEmpty();
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(home)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
        assertThat(files).anyMatch(f -> f.getFileName().toString().equals("train.py"));
        for (Path file : files) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String canary : canaries) {
                assertThat(around(bytes, canary))
                        .as(file + " holds " + which(canary))
                        .isNull();
            }
        }
    }

    private static final ThreadKey PUBLIC = new ThreadKey("slack", "T1", "C1", "1700000000.000100");
    private static final ThreadKey PRIVATE_BUILD = new ThreadKey("slack", "T1", "C1", "1700000000.000200");
    private static final ThreadKey DM = new ThreadKey("slack", "T1", "D2", "");

    private void chatFlows(Application app, Conversations chat, RecordingSurface surface) throws IOException {
        // Everything pasted in public: masked, stored, checked where a check exists, and the owner told to rotate.
        chat.handle(new ChatMessage(
                PUBLIC,
                "U1",
                "classify emails as spam, publish it on the Hugging Face Hub. " + FakeCredentials.prose(),
                false,
                true,
                List.of(upload(app, PUBLIC, "emails-spam-small.csv"))));
        chat.handle(new ChatMessage(PUBLIC, "U1", "status", false, false, List.of()));
        // Asked privately: the DM answers go to the thread's intake, a shapeless one is a secret by context.
        chat.handle(new ChatMessage(
                PRIVATE_BUILD,
                "U2",
                "classify emails as spam and train it on Kaggle",
                false,
                true,
                List.of(upload(app, PRIVATE_BUILD, "emails-spam-small.csv"))));
        assertThat(surface.asked()).anyMatch(a -> a.slot() == Slot.KAGGLE_CREDENTIALS);
        chat.handle(new ChatMessage(DM, "U2", SHAPELESS, true, true, List.of()));
        chat.handle(new ChatMessage(DM, "U2", FakeCredentials.MODAL_ID.value(), true, true, List.of()));
        chat.handle(new ChatMessage(
                PRIVATE_BUILD,
                "U2",
                "logs, and my token is " + FakeCredentials.SLACK_APP.value(),
                false,
                true,
                List.of()));
    }

    /** The canary's kind, never its value, for failure messages. */
    private static String which(String canary) {
        return FakeCredentials.all().stream()
                .filter(c -> c.value().equals(canary))
                .map(FakeCredential::toString)
                .findFirst()
                .orElse("the shapeless answer");
    }

    /** Where in {@code text} the canary is, masked (null when it is not there). */
    private static String around(String text, String canary) {
        int at = text.indexOf(canary);
        if (at < 0) {
            return null;
        }
        return "…" + text.substring(Math.max(0, at - 120), at) + "<CANARY>"
                + text.substring(at + canary.length(), Math.min(text.length(), at + canary.length() + 60)) + "…";
    }

    private Path upload(Application app, ThreadKey thread, String name) throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.shared(name))) {
            return app.uploads().save(thread, name, in);
        }
    }

    /** Writes to a capture and to the original stream. */
    private static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        Tee(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
