package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.testing.FakeCredentials;
import io.mltrainer.discord.DiscordBot;
import io.mltrainer.discord.DiscordConfig;
import io.mltrainer.slack.SlackBot;
import io.mltrainer.slack.SlackConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One case per way in that issue 11 found open, each end to end on the real application (H2, offline or a loopback
 * language model, local training), the chat platforms' real clients against their loopback fakes: a token in a
 * dataset URL, internal addresses from a chat, a URL that sends slowly, another thread's upload, a token pasted into
 * Discord's /train, credentials in a CSV's header and labels, Slack's bot token and a foreign file host, and Slack's
 * credential modal.
 */
class SecurityRegressionTest {
    private static final String TOKEN = FakeCredentials.HF.value();
    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String IRIS_HEADER = "sepal_length,sepal_width,petal_length,petal_width,species";
    private static final String INTERNAL = "internal_password,do_not_share\n1,2\n";

    @TempDir
    Path home;

    @TempDir
    Path work;

    private HttpServer data;
    private final List<String> dataRequests = new ArrayList<>();
    private final List<String> authorisations = new ArrayList<>();
    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeEach
    void startTheDataServer() throws IOException {
        data = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        data.setExecutor(Executors.newCachedThreadPool());
        data.createContext("/", this::serve);
        data.start();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        data.stop(0);
    }

    private synchronized void record(HttpExchange exchange) {
        dataRequests.add(exchange.getRequestURI().toString());
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
            authorisations.add(auth);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        record(exchange);
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/iris.csv" -> {
                boolean authorised =
                        ("token=" + TOKEN).equals(exchange.getRequestURI().getQuery());
                send(exchange, authorised ? 200 : 401, authorised ? Files.readString(Fixtures.shared("iris.csv")) : "");
            }
            case "/secret.csv" -> send(exchange, 200, INTERNAL);
            case "/slow.csv" -> {
                exchange.getResponseHeaders().add("Content-Type", "text/csv");
                exchange.sendResponseHeaders(200, 0);
                slowStarted.countDown();
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write((IRIS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    release.await(); // never finishes by itself
                } catch (InterruptedException | IOException e) {
                    // the client went away
                }
            }
            case "/api/whoami-v2" -> {
                try {
                    release.await(60, TimeUnit.SECONDS); // a credential check that takes its time
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 401, "{\"error\":\"Invalid credentials\"}");
            }
            default -> send(exchange, 200, "a,b\n1,2\n");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "text/csv" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + data.getAddress().getPort() + path;
    }

    // --- the command line -----------------------------------------------------------------------------------------

    @Test
    void a_token_in_a_dataset_url_is_used_for_the_download_only_and_masked_everywhere_else() throws Exception {
        try (FakeServices models = new FakeServices(TOKEN)) {
            Cli cli = new Cli(home, work);
            cli.env.put("GROQ_API_KEY", FakeCredentials.GROQ.value());
            cli.env.put("GROQ_BASE_URL", models.url("groq"));

            Cli.Result run = cli.run(
                    "run",
                    "predict the species of iris flowers",
                    "--dataset",
                    url("/iris.csv?token=" + TOKEN),
                    "--target",
                    "species",
                    "--json");

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(dataRequests).contains("/iris.csv?token=" + TOKEN);
            assertThat(models.seen("groq")).as("the model was asked").isNotEmpty();
            List<String> places = new ArrayList<>(List.of(run.out(), run.err()));
            models.seen("groq").forEach(s -> places.add(s.body()));
            places.addAll(filesUnder(home));
            assertThat(filesUnder(home).stream().anyMatch(f -> f.contains("model-index")))
                    .as("the model card was written")
                    .isTrue();
            assertThat(places).noneMatch(p -> p.contains(TOKEN));
        }
    }

    @Test
    void credentials_in_a_csv_header_or_its_labels_stop_the_build_before_anything_keeps_them() throws Exception {
        String key = FakeCredentials.OPENAI.value();
        Files.writeString(work.resolve("header.csv"), "a,b," + TOKEN + ",label\n" + "1,2,3,x\n".repeat(40));
        Files.writeString(
                work.resolve("labels.csv"), "a,b,label\n" + "1,2,x\n".repeat(20) + ("3,4," + key + "\n").repeat(20));
        Cli cli = new Cli(home, work);

        Cli.Result header = cli.run("run", "predict label", "--dataset", "header.csv", "--target", "label");
        Cli.Result labels = cli.run("run", "predict label", "--dataset", "labels.csv", "--target", "label");

        assertThat(header.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(header.err() + header.out()).contains("credential (hf_token) in a column name");
        assertThat(labels.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(labels.err() + labels.out()).contains("credential (openai_key) in a label");
        List<String> places = new ArrayList<>(filesUnder(home));
        places.addAll(List.of(header.out(), header.err(), labels.out(), labels.err()));
        assertThat(places).noneMatch(p -> p.contains(TOKEN) || p.contains(key));
    }

    @Test
    void cancel_frees_a_build_whose_url_sends_slowly() throws Exception {
        Cli cli = new Cli(home, work);
        try (Application app = Application.open(cli.settings(), work, cli.env)) {
            Job job = app.start()
                    .create(
                            "tester",
                            ThreadKey.terminal("run"),
                            new BuildRequest(
                                    "predict the species of iris flowers",
                                    url("/slow.csv"),
                                    "species",
                                    null,
                                    Stage.DEPLOY));
            CompletableFuture<Job> running = app.resume().submit(job.id());
            assertThat(slowStarted.await(60, TimeUnit.SECONDS)).isTrue();

            app.cancel().cancel(job.id());

            // within 10 s, as the issue asks; the download itself would never end
            assertThat(running.get(10, TimeUnit.SECONDS).status()).isEqualTo(JobStatus.CANCELLED);
        }
    }

    // --- Slack ----------------------------------------------------------------------------------------------------

    @Test
    void from_slack_an_internal_address_is_refused_and_its_content_never_quoted() throws Exception {
        Slack slack = slack(new Cli(home, work));
        String thread = "1700000000.000100";

        slack.requests.event(slack.requests.mention(
                "U1", "predict the species of iris flowers from " + url("/secret.csv"), thread, null, null));
        slack.fake.await("the summary", () -> slack.thread(thread).stream().anyMatch(t -> t.contains("Start?")));
        slack.requests.event(slack.requests.threadMessage("U1", "yes", thread));

        slack.fake.await("the refusal", () -> slack.fake.transcript().contains("private network"));
        assertThat(dataRequests).noneMatch(r -> r.startsWith("/secret.csv"));
        assertThat(slack.fake.transcript()).doesNotContain("internal_password").doesNotContain("do_not_share");
    }

    @Test
    void from_slack_another_threads_upload_is_refused_like_any_path_outside_the_allowed_folders() throws Exception {
        Slack slack = slack(new Cli(home, work));
        String mine = "1700000000.000100";
        String theirs = "1700000000.000200";
        slack.requests.event(
                slack.requests.mention("U2", "predict the species of iris flowers", theirs, null, "iris.csv"));
        Path theirUpload = slack.app
                .uploads()
                .folder(new ThreadKey("slack", "T1", "C1", theirs))
                .resolve("iris.csv");
        slack.fake.await("their upload", () -> Files.exists(theirUpload));

        slack.requests.event(slack.requests.mention(
                "U1", "predict the species of iris flowers from " + theirUpload, mine, null, null));
        slack.fake.await("an answer", () -> !slack.thread(mine).isEmpty());
        if (slack.thread(mine).stream().anyMatch(t -> t.contains("Start?"))) {
            slack.requests.event(slack.requests.threadMessage("U1", "yes", mine));
        }

        slack.fake.await(
                "the refusal",
                () -> slack.thread(mine).stream().anyMatch(t -> t.contains("only files shared in this thread")));
    }

    @Test
    void slacks_bot_token_is_never_sent_to_a_file_host_that_is_not_slacks() throws Exception {
        Slack slack = slack(new Cli(home, work));
        String thread = "1700000000.000100";
        String mention = slack.requests.mention("U1", "predict the species of iris flowers", thread, null, "iris.csv");
        // the same event, its file now at a host of the sender's choosing
        String foreign = mention.replace(
                slack.fake.base() + "/files/",
                "http://localhost:" + data.getAddress().getPort() + "/files/");
        assertThat(foreign).isNotEqualTo(mention);

        slack.requests.event(foreign);

        slack.fake.await("the refusal", () -> slack.fake.transcript().contains("only fetch files Slack itself hosts"));
        assertThat(authorisations).isEmpty();
        assertThat(dataRequests).isEmpty();
    }

    @Test
    void slacks_credential_modal_is_acknowledged_before_the_slow_check_and_answered_by_dm() throws Exception {
        Cli cli = new Cli(home, work);
        cli.env.put("HF_ENDPOINT", url(""));
        Slack slack = slack(cli);
        String thread = "1700000000.000100";
        slack.requests.event(slack.requests.mention(
                "U1",
                "classify emails as spam and publish the model on the Hugging Face Hub",
                thread,
                null,
                "emails-spam-small.csv"));
        slack.fake.await("the DM", () -> !slack.fake.posted("DU1", null).isEmpty());

        CompletableFuture<HttpResponse<String>> submitted = CompletableFuture.supplyAsync(
                () -> slack.requests.interaction(SlackRequests.viewSubmission("U1", "T1|C1|" + thread, TOKEN)));

        // answered while the check still waits on the Hub (it is released only below)
        HttpResponse<String> ack = submitted.get(30, TimeUnit.SECONDS);
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("errors");
        release.countDown();
        slack.fake.await(
                "the result by DM", () -> slack.fake.posted("DU1", null).size() >= 2);
        assertThat(slack.fake.calls("conversations.open").size()).isGreaterThanOrEqualTo(2);
        assertThat(slack.fake.transcript()).doesNotContain(TOKEN);
    }

    // --- Discord --------------------------------------------------------------------------------------------------

    @Test
    void discords_train_with_a_pasted_token_neither_repeats_it_nor_names_the_thread_after_it() throws Exception {
        FakeDiscord discord = new FakeDiscord(true);
        closing.add(discord);
        Cli cli = new Cli(home, work);
        Application app = Application.open(cli.settings(), work, cli.env);
        closing.add(app);
        DiscordBot bot = DiscordBot.start(
                new DiscordConfig(
                        FakeDiscord.TOKEN, List.of(FakeDiscord.GUILD), true, discord.apiUrl(), discord.gatewayUrl()),
                app);
        closing.add(bot::close);
        String attachment = discord.attachment(Fixtures.shared("iris.csv"));
        String id = attachment.replaceFirst("^\\{\"id\":\"(\\d+)\".*", "$1");
        String options = "{\"name\":\"request\",\"type\":3,\"value\":\"predict the species of iris flowers, my hub"
                + " token is " + TOKEN + "\"},{\"name\":\"dataset\",\"type\":11,\"value\":\"" + id + "\"}";

        discord.dispatch(
                "INTERACTION_CREATE",
                discord.slash(
                        "400000000000000004",
                        FakeDiscord.CHANNEL,
                        "train",
                        options,
                        "{\"attachments\":{\"" + id + "\":" + attachment + "}}"));

        await(() -> discord.lastThread() != null, discord::transcript);
        String thread = discord.lastThread();
        await(() -> discord.posted(thread).stream().anyMatch(t -> t.contains("rotate it now")), discord::transcript);
        assertThat(discord.calls("POST", "/threads"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.body()).doesNotContain(TOKEN).contains("[redacted hf_to"));
        assertThat(discord.transcript()).doesNotContain(TOKEN);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** The real Bolt app on the application's HTTP server against a loopback Slack. */
    private record Slack(FakeSlack fake, Application app, SlackRequests requests) {
        List<String> thread(String ts) {
            return fake.posted(SlackRequests.CHANNEL, ts);
        }
    }

    private Slack slack(Cli cli) throws IOException {
        FakeSlack fake = new FakeSlack(TOKEN);
        closing.add(fake);
        Application app = Application.open(cli.settings(), work, cli.env);
        closing.add(app);
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        SlackBot bot =
                SlackBot.start(new SlackConfig(FakeSlack.BOT_TOKEN, SIGNING_SECRET, null, fake.apiUrl()), app, http);
        closing.add(() -> http.stop(0));
        closing.add(bot::close);
        http.start();
        return new Slack(
                fake,
                app,
                new SlackRequests(fake, SIGNING_SECRET, http.getAddress().getPort()));
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> seen)
            throws InterruptedException {
        Waits.until("the platform", condition, () -> "the platform saw:\n" + seen.get());
    }

    /** Every file under {@code root} as text (bytes as ISO-8859-1), the database's included. */
    private static List<String> filesUnder(Path root) throws IOException {
        List<String> contents = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                contents.add(file + "\n" + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }
}
