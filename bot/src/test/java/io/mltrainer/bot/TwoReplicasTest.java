package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.kaggle.FakeKaggleRuns;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} replicas, each a JVM of its own with its own HTTP port, on one PostgreSQL database (a scratch
 * database on the server of {@code MLTRAINER_TEST_DATABASE_URL}) and one home, with the same master key and Slack
 * signing secret; Slack and Kaggle are loopback fakes. The messages of one Slack thread are delivered to either
 * replica, the replica holding the build while Kaggle trains is killed with SIGKILL, and the other one takes the
 * build over and finishes it; then the survivor is stopped with SIGTERM.
 */
@EnabledIfEnvironmentVariable(
        named = ScratchPostgres.URL,
        matches = "jdbc:postgresql:.+",
        disabledReason = "needs a PostgreSQL server: set MLTRAINER_TEST_DATABASE_URL (and _USER), as .ci/run does")
class TwoReplicasTest {
    private static final String SECRET = "two-replicas-signing-secret";
    private static final String MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String THREAD = "1700000000.000300";
    private static final int DRAIN_SECONDS = 20;
    private static final List<String> STAGES =
            List.of("intent", "dataset", "preprocess", "config", "architecture", "codegen", "train", "deploy");

    /** The replicas' shared home (a shared volume in production): a build's folders are read by whoever runs it. */
    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void a_build_asked_on_both_replicas_runs_once_and_the_other_one_finishes_it_when_its_holder_is_killed()
            throws Exception {
        try (ScratchPostgres database = ScratchPostgres.create(System.getenv());
                FakeSlack slack = new FakeSlack("unused");
                FakeKaggleRuns kaggle = FakeKaggleRuns.start().playing(FakeKaggleRuns.Script.runningUntilReleased());
                MltrainerProcess replicaA = MltrainerProcess.start(replica(database, slack, kaggle), "serve");
                MltrainerProcess replicaB = MltrainerProcess.start(replica(database, slack, kaggle), "serve")) {
            Cli operator = replica(database, slack, kaggle);
            int portA = replicaA.awaitServing();
            int portB = replicaB.awaitServing();
            SlackRequests toA = new SlackRequests(slack, SECRET, portA);
            SlackRequests toB = toA.to(portB);

            // The thread, its messages spread over both replicas.
            accepted(toA.event(toA.mention(
                    "U1",
                    "classify emails as spam or ham, train it on Kaggle",
                    THREAD,
                    null,
                    "emails-spam-small.csv")));
            slack.await(
                    "the DM asking for Kaggle credentials",
                    () -> !slack.posted("DU1", null).isEmpty());
            accepted(toB.event(toB.dmMessage("U1", FakeKaggleRuns.TOKEN)));
            slack.await("the summary", () -> said(slack, "Start? (yes / no)"));
            accepted(toB.event(toB.threadMessage("U1", "yes", THREAD)));
            slack.await("the go-ahead for Kaggle's quota", () -> said(slack, "Start it? (yes / no)"));
            accepted(toA.event(toA.threadMessage("U1", "yes", THREAD)));
            slack.await("the training on Kaggle", () -> slack.transcript().contains("epoch 1"));

            String id =
                    operator.run("jobs", "--json").json().get(0).get("job_id").asText();
            JsonNode training = operator.run("show", id, "--json").json();
            assertThat(training.get("status").asText()).isEqualTo("awaiting_run");
            String holder = training.get("lease_holder").asText();
            MltrainerProcess holding = holder.endsWith(":" + replicaA.pid()) ? replicaA : replicaB;
            MltrainerProcess survivor = holding == replicaA ? replicaB : replicaA;
            int survivorPort = survivor == replicaA ? portA : portB;
            assertThat(holder).endsWith(":" + holding.pid());
            assertThat(replicaA.get(portA, "/metrics").body()).contains("mltrainer_builds_active");
            assertThat(replicaB.get(portB, "/metrics").body()).contains("mltrainer_builds_active");

            holding.sigkill();
            kaggle.release("mltrainer-" + id);

            slack.await("the model", () -> said(slack, "Model ready"));
            slack.await("the final card", () -> lastCard(slack).contains("succeeded"));
            JsonNode ended = operator.run("show", id, "--json").json();
            assertThat(ended.get("status").asText()).as(ended.toPrettyString()).isEqualTo("succeeded");
            assertThat(ended.get("lease_holder").isNull()).isTrue();
            assertThat(ended.get("stages"))
                    .as("no stage with more than one attempt")
                    .allSatisfy(stage -> assertThat(stage.get("attempts").asInt())
                            .as(stage.toString())
                            .isEqualTo(1));
            assertThat(events(ended, "stage_completed", "stage")).containsExactlyElementsOf(STAGES);
            assertThat(events(ended, "stage_started", "attempt"))
                    .as("every stage started as its first attempt")
                    .containsOnly("1");
            assertThat(events(ended, "notice", "message"))
                    .as("taken over by the survivor")
                    .anyMatch(n -> n.contains("took this build over") && n.contains(":" + survivor.pid()));
            assertThat(kaggle.savedKernels()).as("one notebook pushed").hasSize(1);
            assertThat(kaggle.createdDatasets()).as("the data staged once").hasSize(1);
            assertThat(thread(slack)).as("each message posted once").doesNotHaveDuplicates();
            assertThat(cards(slack))
                    .as("one card, then edited by whoever held the build")
                    .hasSize(1);

            survivor.sigterm();
            Instant signalled = Instant.now();
            Waits.until(
                    "the survivor to turn not ready", () -> survivor.readiness(survivorPort) != 200, survivor::output);
            assertThat(survivor.awaitExit(Duration.ofSeconds(DRAIN_SECONDS + 10)))
                    .as("exits after the drain")
                    .isTrue();
            assertThat(survivor.exitValue()).as(survivor.output()).isZero();
            assertThat(Duration.between(signalled, Instant.now())).isLessThan(Duration.ofSeconds(DRAIN_SECONDS));
        }
    }

    /** A replica's environment: the shared database, master key, Slack app, Kaggle and home; a port of its own. */
    private Cli replica(ScratchPostgres database, FakeSlack slack, FakeKaggleRuns kaggle) {
        Cli cli = new Cli(home, work);
        cli.env.putAll(database.environment());
        cli.env.put("MLTRAINER_MASTER_KEY", MASTER_KEY);
        cli.env.put("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN);
        cli.env.put("SLACK_SIGNING_SECRET", SECRET);
        cli.env.put("SLACK_API_URL", slack.apiUrl());
        cli.env.put("KAGGLE_API_URL", kaggle.url());
        cli.env.put("MLTRAINER_KAGGLE_POLL", "20ms");
        // A heartbeat every 3 s. On one host the survivor sees the holder's pid gone and takes over at its next
        // heartbeat; replicas on other hosts wait for the lease to run out.
        cli.env.put("MLTRAINER_LEASE_SECONDS", "9");
        cli.env.put("MLTRAINER_HTTP_PORT", "0");
        cli.env.put("MLTRAINER_DRAIN_SECONDS", Integer.toString(DRAIN_SECONDS));
        return cli;
    }

    private static void accepted(HttpResponse<String> ack) {
        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    }

    private static boolean said(FakeSlack slack, String fragment) {
        return thread(slack).stream().anyMatch(t -> t.contains(fragment));
    }

    private static List<String> thread(FakeSlack slack) {
        return slack.posted(SlackRequests.CHANNEL, THREAD);
    }

    private static List<FakeSlack.Call> cards(FakeSlack slack) {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> c.params().getOrDefault("blocks", "").contains("mltrainer_status"))
                .toList();
    }

    private static String lastCard(FakeSlack slack) {
        List<FakeSlack.Call> updates = slack.calls("chat.update");
        return updates.isEmpty() ? "" : updates.get(updates.size() - 1).params().getOrDefault("blocks", "");
    }

    /** One field of the build's events of one type, in order. */
    private static List<String> events(JsonNode shown, String type, String field) {
        List<String> values = new ArrayList<>();
        shown.get("events").forEach(e -> {
            if (e.get("type").asText().equals(type)) {
                values.add(e.path(field).asText());
            }
        });
        return values;
    }
}
