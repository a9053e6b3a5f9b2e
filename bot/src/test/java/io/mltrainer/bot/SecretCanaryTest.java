package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.console.StreamTerminal;
import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.in.ChatMessage;
import io.mltrainer.core.testing.FakeCredentials;
import io.mltrainer.core.testing.FakeCredentials.FakeCredential;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dozen fake credentials of every recognised shape, and two shapeless answers to credential questions, pushed
 * through every flow a credential can take: the intake in a public thread, in DMs and in the terminal; the credential
 * checks against the services, called by the intake and by a model's tool calls; language model calls with
 * failover; command-line builds and plans; errors (every fake service and the Modal CLI quote the credential they
 * were sent when they refuse it); events, logs, stored jobs and intakes. Afterwards none of them may appear in what
 * the language models received, in the logs and command output, in the terminal, in anything said in chat, in the
 * events or jobs, or in any file under the home folder (the database's included, read after it was closed).
 */
class SecretCanaryTest {
    /** Given as the answer to the Kaggle question in a DM: a secret by context, whatever its shape. */
    private static final String SHAPELESS = "tr0ub4dor-and-3-correct-horse";
    /** Typed in the terminal as the answer to the Kaggle question, after a Kaggle token was refused. */
    private static final String SHAPELESS_IN_TERMINAL = "battery.staple.Correct-Horse.42";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private final RecordingSurface surface = new RecordingSurface();
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();

    /** A text mltrainer produced, and what it is, for failure messages. */
    private record Place(String name, String text) {}

    @Test
    void no_credential_leaks_anywhere() throws Exception {
        List<Place> places = new ArrayList<>();
        try (FakeServices world = new FakeServices(FakeCredentials.HF.value())) {
            Cli cli = configured(new Cli(home, work), world);
            PrintStream out = System.out;
            PrintStream err = System.err;
            System.setOut(new PrintStream(new Tee(logs, out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(logs, err), true, StandardCharsets.UTF_8));
            try {
                try (Application app = Application.open(cli.settings(), work, cli.env)) {
                    chatFlows(app, app.connect(surface));
                    places.add(new Place("the terminal", terminalFlow(app, cli.settings())));
                    // Each credential stored as a reference: a dozen from the public thread, the DM's, the terminal's.
                    assertThat(app.vault().list("slack:U1").size()).isGreaterThanOrEqualTo(12);
                    assertThat(app.vault().list("slack:U2")).isNotEmpty();
                    assertThat(app.vault().list("tester")).hasSizeGreaterThanOrEqualTo(2);
                }
                commandLineFlows(cli);
                places.addAll(stored(cli));
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
            assertTheFlowsRan(world, places);
            places.add(new Place("the logs and command output", logs.toString(StandardCharsets.UTF_8)));
            places.add(new Place("the chat", surface.transcript()));
            world.seen("anthropic", "openai", "groq").stream()
                    .map(s -> new Place("a request to " + s.path(), s.body()))
                    .forEach(places::add);
        }
        places.addAll(filesUnder(home));

        for (String canary : canaries()) {
            for (Place place : places) {
                assertThat(around(place.text(), canary))
                        .as(place.name() + " holds " + which(canary))
                        .isNull();
            }
        }
    }

    /** Two providers that fail, one that answers; every service and the Modal CLI at a careless fake. */
    private Cli configured(Cli cli, FakeServices world) throws IOException {
        cli.env.put("ANTHROPIC_API_KEY", FakeCredentials.ANTHROPIC.value());
        cli.env.put("ANTHROPIC_BASE_URL", world.url("anthropic"));
        cli.env.put("OPENAI_API_KEY", FakeCredentials.OPENAI_PROJECT.value());
        cli.env.put("OPENAI_BASE_URL", world.url("openai"));
        cli.env.put("GROQ_API_KEY", FakeCredentials.GROQ.value());
        cli.env.put("GROQ_BASE_URL", world.url("groq"));
        cli.env.put("GEMINI_BASE_URL", world.url("gemini"));
        cli.env.put("HF_ENDPOINT", world.url("hf"));
        cli.env.put("HF_DATASETS_SERVER_URL", world.url("datasets"));
        cli.env.put("KAGGLE_API_URL", world.url("kaggle"));
        cli.env.put("MODAL_CLI", carelessModalCli().toString());
        Files.copy(Fixtures.shared("iris.csv"), work.resolve("iris.csv"));
        Files.copy(Fixtures.shared("emails-spam-small.csv"), work.resolve("emails.csv"));
        return cli;
    }

    /**
     * A build whose request holds a key, with the language models (and their failover) reading the request and
     * adapting the generated code; plans on a Kaggle and a Hub dataset whose services refuse the credentials from
     * the environment.
     */
    private void commandLineFlows(Cli cli) {
        Cli.Result run = cli.run(
                "run",
                "predict the species of iris flowers, use my gemini key " + FakeCredentials.GEMINI.value(),
                "--dataset",
                "iris.csv",
                "--stop-after",
                "codegen");
        keep(run);
        assertThat(run.exitCode()).as(run.err()).isZero();

        cli.env.put("KAGGLE_USERNAME", "alice");
        cli.env.put("KAGGLE_KEY", FakeCredentials.KAGGLE_KEY.value());
        Cli.Result kaggle = cli.run(
                "plan", "classify spam from the kaggle dataset alice/spam-emails", "--dataset", "alice/spam-emails");
        keep(kaggle);
        assertThat(kaggle.exitCode()).as(kaggle.out()).isNotZero();
        assertThat(kaggle.out() + kaggle.err()).contains("Kaggle refused");

        cli.env.put("HF_TOKEN", FakeCredentials.HF.value());
        Cli.Result hub = cli.run(
                "plan", "classify the reviews of the hugging face dataset alice/reviews", "--dataset", "alice/reviews");
        keep(hub);
        assertThat(hub.exitCode()).as(hub.out()).isNotZero();
    }

    private void keep(Cli.Result result) {
        logs.writeBytes((result.out() + result.err()).getBytes(StandardCharsets.UTF_8));
    }

    /** Every job and its events, as a new process on the same home reads them back. */
    private List<Place> stored(Cli cli) {
        List<Place> stored = new ArrayList<>();
        try (Application app = Application.open(cli.settings(), work, cli.env)) {
            List<Job> jobs = app.status().list(100);
            // intakes of the public thread, the private build and the terminal; the build; two plans
            assertThat(jobs).hasSizeGreaterThanOrEqualTo(4);
            for (Job job : jobs) {
                stored.add(new Place("job " + job.id().value(), job.toString()));
                app.status().show(job.id()).events().stream()
                        .map(e -> new Place("an event of job " + job.id().value(), e.toString()))
                        .forEach(stored::add);
            }
        }
        assertThat(stored).anyMatch(p -> p.text().contains("ToolCalled"));
        assertThat(stored).anyMatch(p -> p.text().contains("LlmCalled"));
        return stored;
    }

    /**
     * The flows really ran: providers were called and failed over, the model's tool calls were run and their results
     * sent back to it, credentials were checked live (and refused, quoting themselves).
     */
    private void assertTheFlowsRan(FakeServices world, List<Place> places) throws IOException {
        assertThat(world.seen("anthropic")).anyMatch(s -> s.path().endsWith("/messages"));
        assertThat(world.seen("openai")).anyMatch(s -> s.path().endsWith("/chat/completions"));
        assertThat(world.seen("groq")).anyMatch(s -> s.path().endsWith("/chat/completions"));
        assertThat(world.toolResultsToGroq()).isNotEmpty();
        assertThat(credentialsSeenBy(world, "hf")).contains(FakeCredentials.HF.value());
        assertThat(credentialsSeenBy(world, "datasets")).contains(FakeCredentials.HF.value());
        assertThat(credentialsSeenBy(world, "kaggle"))
                .contains(
                        SHAPELESS,
                        SHAPELESS_IN_TERMINAL,
                        FakeCredentials.KAGGLE_TOKEN.value(),
                        "alice:" + FakeCredentials.KAGGLE_KEY.value());
        assertThat(credentialsSeenBy(world, "openai")).contains(FakeCredentials.OPENAI.value());
        assertThat(credentialsSeenBy(world, "gemini")).contains(FakeCredentials.GEMINI.value());
        assertThat(Files.readString(work.resolve("modal-was-run"))).contains("token info");
        assertThat(surface.saidIn(PUBLIC)).anyMatch(s -> s.contains("rotate it now"));
        assertThat(surface.saidIn(PRIVATE_BUILD)).anyMatch(s -> s.contains("rotate it now"));
        assertThat(places)
                .anyMatch(p -> p.name().equals("the terminal") && p.text().contains("Kaggle refused"));
    }

    /** Every file under {@code root} as bytes; the database among them, its references stored in plain text. */
    private static List<Place> filesUnder(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        List<Place> places = new ArrayList<>();
        for (Path file : files) {
            places.add(new Place(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)));
        }
        // the database is readable as it is (not compressed), so a credential in it would be found
        assertThat(places).anyMatch(p -> p.name().endsWith(".mv.db") && p.text().contains("secret:kaggle_token:"));
        assertThat(places).anyMatch(p -> p.name().endsWith("train.py"));
        return places;
    }

    private static List<String> canaries() {
        List<String> canaries = new ArrayList<>(
                FakeCredentials.all().stream().map(FakeCredential::value).toList());
        canaries.add(SHAPELESS);
        canaries.add(SHAPELESS_IN_TERMINAL);
        assertThat(canaries).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(12);
        return canaries;
    }

    private static final ThreadKey PUBLIC = new ThreadKey("slack", "T1", "C1", "1700000000.000100");
    private static final ThreadKey PRIVATE_BUILD = new ThreadKey("slack", "T1", "C1", "1700000000.000200");
    private static final ThreadKey DM = new ThreadKey("slack", "T1", "D2", "");

    private void chatFlows(Application app, Conversations chat) throws IOException {
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
        // The shapeless secret repeated in public by its owner: known, so masked all the same.
        chat.handle(new ChatMessage(
                PRIVATE_BUILD, "U2", "status? The Kaggle one I sent you was " + SHAPELESS, false, false, List.of()));
        chat.handle(new ChatMessage(
                PRIVATE_BUILD,
                "U2",
                "logs, and my token is " + FakeCredentials.SLACK_APP.value(),
                false,
                true,
                List.of()));
    }

    /**
     * The terminal chat: a request with a Kaggle token the service refuses (quoting it), then a shapeless answer to
     * the Kaggle question asked again. Returns what the screen showed.
     */
    private String terminalFlow(Application app, Settings settings) {
        String typed = "classify emails as spam from emails.csv and train it on Kaggle, my kaggle token is "
                + FakeCredentials.KAGGLE_TOKEN.value() + "\n" + SHAPELESS_IN_TERMINAL + "\nstatus\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        StreamTerminal terminal = new StreamTerminal(
                new BufferedReader(new StringReader(typed)), new PrintStream(screen, true, StandardCharsets.UTF_8));
        ChatCommand.chat(app, terminal, settings).run();
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** A {@code modal} program that fails and prints the token it was given, as a careless CLI could. */
    private Path carelessModalCli() throws IOException {
        Path cli = work.resolve("modal");
        Files.writeString(
                cli,
                "#!/bin/sh\necho \"$*\" > '" + work.resolve("modal-was-run") + "'\n"
                        + "echo \"Token $MODAL_TOKEN_ID:$MODAL_TOKEN_SECRET was rejected\" >&2\nexit 1\n");
        cli.toFile().setExecutable(true);
        return cli;
    }

    private static List<String> credentialsSeenBy(FakeServices world, String service) {
        return world.seen(service).stream().map(FakeServices.Seen::credential).toList();
    }

    /** The canary's kind, never its value, for failure messages. */
    private static String which(String canary) {
        return FakeCredentials.all().stream()
                .filter(c -> c.value().equals(canary))
                .map(FakeCredential::toString)
                .findFirst()
                .orElse(
                        canary.equals(SHAPELESS)
                                ? "the shapeless answer in a DM"
                                : "the shapeless answer in the terminal");
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
