package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.huggingface.FakeHub;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --deploy hub} against a loopback Hub: the model repository, its card, the Space, and resume. */
class HubDeployTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MODEL_INDEX_VALUE =
            Pattern.compile("    - type: (\\w+)\\n      value: ([0-9.Ee-]+)\\n");

    @TempDir
    Path home;

    @TempDir
    Path work;

    private final FakeHub hub = FakeHub.started();
    private Cli cli;

    @BeforeEach
    void configure() {
        hub.spaceStages = List.of("RUNNING");
        cli = new Cli(home, work);
        cli.env.put("HF_ENDPOINT", hub.url());
        cli.env.put("HF_TOKEN", FakeHub.WRITE_TOKEN);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void an_iris_model_goes_live_on_the_hub_with_its_card_and_a_gradio_space() throws Exception {
        Cli.Result result = runIris("--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("model_url").asText()).isEqualTo(hub.url() + "/alice/iris-species");
        assertThat(json.get("space_url").asText()).isEqualTo(hub.url() + "/spaces/alice/iris-species-demo");
        assertThat(json.get("commit").asText()).isNotBlank();
        assertThat(hub.lfsPaths.get("models/alice/iris-species")).contains("model.joblib");
        assertThat(hub.created.get("models/alice/iris-species").path("private").asBoolean())
                .isTrue();
        String card = text("models/alice/iris-species", "README.md");
        Map<String, Double> metrics = JSON.readValue(
                hub.file("models/alice/iris-species", "metrics.json"),
                JSON.getTypeFactory().constructMapType(TreeMap.class, String.class, Double.class));
        assertThat(modelIndex(card)).isEqualTo(metrics).isNotEmpty();
        assertThat(text("spaces/alice/iris-species-demo", "README.md")).contains("sdk: gradio", "sdk_version: ");
        assertThat(text("spaces/alice/iris-species-demo", "app.py")).contains("import gradio as gr");
        assertThat(hub.variables.get("alice/iris-species-demo")).containsEntry("MODEL_ID", "alice/iris-species");
        assertThat(hub.secrets).as("no --space-token, no secret").isEmpty();
        assertThat(hub.files.values().stream().flatMap(f -> f.values().stream()))
                .noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(FakeHub.WRITE_TOKEN));
    }

    @Test
    void the_terminal_says_where_the_model_is_live_with_its_metrics_and_its_space() {
        Cli.Result result = runIris("--public", "--no-space");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Model live at " + hub.url() + "/alice/iris-species")
                .contains("accuracy=");
        assertThat(hub.created
                        .get("models/alice/iris-species")
                        .path("visibility")
                        .asText())
                .isEqualTo("public");
        assertThat(hub.created).doesNotContainKey("spaces/alice/iris-species-demo");
    }

    @Test
    void a_deploy_whose_commit_failed_resumes_without_training_again() {
        cli.env.put("MLTRAINER_RETRY_DEPLOY", "attempts=1,wait=10ms,max=10ms");
        hub.failCommits.set(1);

        Cli.Result failed = runIris("--namespace", "acme", "--space-token", "--json");

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.json().get("failed_stage").asText()).isEqualTo("deploy");
        assertThat(failed.json().get("error").asText()).contains("500");
        Path model = Path.of(failed.json()
                .get("model_dir")
                .asText(home.resolve("registry/tester/iris-species").toString()));
        assertThat(model.resolve("model.joblib")).as("the trained model stays").exists();
        String id = failed.json().get("job_id").asText();

        Cli.Result resumed = cli.run("resume", id, "--json");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.json().get("model_url").asText()).isEqualTo(hub.url() + "/acme/iris-species");
        assertThat(hub.commitCounts).containsEntry("models/acme/iris-species", 1);
        assertThat(hub.secrets.get("acme/iris-species-demo")).containsEntry("HF_TOKEN", FakeHub.WRITE_TOKEN);
        assertThat(stageStarts(id)).containsEntry("train", 1L).containsEntry("deploy", 2L);
    }

    /** {@code run} of the iris request with {@code --deploy hub} and {@code more}. */
    private Cli.Result runIris(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "run",
                "predict the species of iris flowers",
                "--dataset",
                Fixtures.shared("iris.csv").toString(),
                "--deploy",
                "hub"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private Map<String, Long> stageStarts(String id) {
        Map<String, Long> starts = new TreeMap<>();
        for (JsonNode event : cli.run("show", id, "--json").json().get("events")) {
            if (event.get("type").asText().equals("stage_started")) {
                starts.merge(event.get("stage").asText(), 1L, Long::sum);
            }
        }
        return starts;
    }

    private String text(String repo, String path) {
        byte[] bytes = hub.file(repo, path);
        assertThat(bytes).as(repo + "/" + path).isNotNull();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The values of the card's {@code model-index}, by metric. */
    private static Map<String, Double> modelIndex(String card) {
        Map<String, Double> values = new TreeMap<>();
        Matcher m = MODEL_INDEX_VALUE.matcher(card.substring(0, card.indexOf("\n---\n", 4)));
        while (m.find()) {
            values.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return values;
    }
}
