package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} in a process of its own, stopped with SIGTERM as an orchestrator stops a replica. */
class DrainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DRAIN_SECONDS = 20;

    @TempDir
    Path home;

    @TempDir
    Path work;

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
            try (MltrainerProcess child = MltrainerProcess.start(cli, "serve")) {
                int port = child.awaitServing();
                assertThat(child.get(port, "/health/ready").statusCode()).isEqualTo(200);
                assertThat(child.get(port, "/metrics").body()).contains("mltrainer_builds_active{status=\"queued\"} 0");

                Instant signalled = Instant.now();
                child.sigterm();

                assertThat(awaitNotReady(child, port)).isEqualTo(503);
                assertThat(child.awaitExit(Duration.ofSeconds(DRAIN_SECONDS + 10)))
                        .isTrue();
                Duration took = Duration.between(signalled, Instant.now());
                List<String> lines = child.lines();
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
            }
        }
    }

    /** Asks for readiness until the answer is not 200 (-1: it stopped listening); a probe must see it drain. */
    private static int awaitNotReady(MltrainerProcess child, int port) {
        AtomicInteger status = new AtomicInteger(200);
        Waits.until(
                "the replica to turn not ready after SIGTERM",
                () -> {
                    status.set(child.readiness(port));
                    return status.get() != 200;
                },
                Duration.ofSeconds(DRAIN_SECONDS),
                child::output);
        return status.get();
    }
}
