package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} in a process of its own, stopped with SIGTERM as an orchestrator stops a replica. */
class DrainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SERVING = Pattern.compile("mltrainer serving .*http://localhost:(\\d+)/health/ready");
    private static final int DRAIN_SECONDS = 20;

    @TempDir
    Path home;

    @TempDir
    Path work;

    private Thread reader;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void sigterm_turns_the_replica_not_ready_then_it_drains_and_exits_0_within_the_deadline() throws Exception {
        try (FakeSlack slack = new FakeSlack("unused")) {
            Cli cli = new Cli(home, work);
            cli.env.put("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN);
            cli.env.put("SLACK_SIGNING_SECRET", "drain-test-signing-secret");
            cli.env.put("SLACK_API_URL", slack.apiUrl());
            cli.env.put("MLTRAINER_HTTP_PORT", "0");
            cli.env.put("MLTRAINER_DRAIN_SECONDS", Integer.toString(DRAIN_SECONDS));
            cli.env.put("MLTRAINER_LOG_FORMAT", "json");
            cli.env.put("MLTRAINER_LOG_LEVEL", "info");
            Process child = cli.startChild("serve");
            BlockingQueue<String> output = readLines(child);
            try {
                int port = awaitPort(output);
                assertThat(get(port, "/health/ready").statusCode()).isEqualTo(200);
                assertThat(get(port, "/metrics").body()).contains("mltrainer_builds_active{status=\"queued\"} 0");

                Instant signalled = Instant.now();
                // SIGTERM; Process.destroy() would also close our end of its output
                child.toHandle().destroy();

                assertThat(awaitNotReady(port)).isEqualTo(503);
                assertThat(child.waitFor(DRAIN_SECONDS + 10, TimeUnit.SECONDS)).isTrue();
                Duration took = Duration.between(signalled, Instant.now());
                List<String> lines = rest(output);
                assertThat(child.exitValue()).as(String.join("\n", lines)).isZero();
                assertThat(took).isLessThan(Duration.ofSeconds(DRAIN_SECONDS));
                assertThat(String.join("\n", lines))
                        .contains("Draining: not ready")
                        .contains("Drained: 0 build");
                List<String> logLines =
                        lines.stream().filter(l -> l.startsWith("{")).toList();
                assertThat(logLines)
                        .as("info logs of the libraries, as JSON lines")
                        .isNotEmpty();
                for (String line : logLines) {
                    assertThat(JSON.readTree(line).has("level")).as(line).isTrue();
                }
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private int awaitPort(BlockingQueue<String> output) {
        List<String> seen = new ArrayList<>();
        AtomicInteger port = new AtomicInteger();
        Waits.until(
                "serve's port",
                () -> {
                    for (String line; (line = output.poll()) != null; ) {
                        seen.add(line);
                        Matcher serving = SERVING.matcher(line);
                        if (serving.find()) {
                            port.set(Integer.parseInt(serving.group(1)));
                        }
                    }
                    return port.get() != 0;
                },
                Duration.ofSeconds(120),
                () -> "serve did not start:\n" + String.join("\n", seen));
        output.addAll(seen);
        return port.get();
    }

    /** Asks for readiness until the answer is not 200; the replica keeps answering until a probe saw it drain. */
    private int awaitNotReady(int port) {
        AtomicInteger status = new AtomicInteger(200);
        Waits.until(
                "the replica not ready after SIGTERM",
                () -> {
                    status.set(readiness(port));
                    return status.get() != 200;
                },
                Duration.ofSeconds(DRAIN_SECONDS),
                () -> "it stayed ready");
        return status.get();
    }

    /** The readiness probe's status; -1 once nothing listens any more. */
    private int readiness(int port) {
        try {
            return get(port, "/health/ready").statusCode();
        } catch (ConnectException e) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing readiness", e);
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every line not taken yet, once the child's output has ended. */
    private List<String> rest(BlockingQueue<String> output) throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(10));
        List<String> lines = new ArrayList<>();
        output.drainTo(lines);
        return lines;
    }

    private BlockingQueue<String> readLines(Process child) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        reader = new Thread(
                () -> {
                    try (BufferedReader in =
                            new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        // the child is gone
                    }
                },
                "drain-test-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
