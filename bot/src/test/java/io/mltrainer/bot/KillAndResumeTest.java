package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build whose process dies by SIGKILL in the middle resumes to success without redoing finished stages. */
class KillAndResumeTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void a_build_killed_during_training_resumes_without_rerunning_finished_stages() throws Exception {
        Cli cli = new Cli(home, work);
        try (MltrainerProcess child = MltrainerProcess.start(
                cli,
                "run",
                "predict the species",
                "--dataset",
                Fixtures.shared("iris.csv").toString())) {
            child.awaitLine("the train stage", l -> l.startsWith(">> train"), Waits.DEADLINE);
            child.sigkill(); // no shutdown hook, no finally block runs in the child
        }

        JsonNode jobs = cli.run("jobs", "--json").json();
        assertThat(jobs).hasSize(1);
        String id = jobs.get(0).get("job_id").asText();
        assertThat(jobs.get(0).get("status").asText()).isIn("running", "awaiting_run");

        Cli.Result resumed = cli.run("resume", id, "--json");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.json().get("status").asText()).isEqualTo("succeeded");
        JsonNode events = cli.run("show", id, "--json").json().get("events");
        Map<String, Long> completions = new java.util.TreeMap<>();
        Map<String, Long> starts = new java.util.TreeMap<>();
        for (JsonNode event : events) {
            String type = event.get("type").asText();
            if (type.equals("stage_completed")) {
                completions.merge(event.get("stage").asText(), 1L, Long::sum);
            } else if (type.equals("stage_started")) {
                starts.merge(event.get("stage").asText(), 1L, Long::sum);
            }
        }
        assertThat(completions)
                .containsOnlyKeys(
                        "intent", "dataset", "preprocess", "config", "architecture", "codegen", "train", "deploy");
        assertThat(completions.values()).containsOnly(1L);
        assertThat(starts).as(events.toString()).isNotNull();
        for (String finished : List.of("intent", "dataset", "preprocess", "config", "architecture", "codegen")) {
            assertThat(starts.get(finished)).as(finished + " in " + events).isEqualTo(1L);
        }
        assertThat(starts.get("train")).isEqualTo(2L);
        assertThat(resumed.json().get("metrics").get("accuracy").asDouble()).isGreaterThan(0.85);
    }
}
