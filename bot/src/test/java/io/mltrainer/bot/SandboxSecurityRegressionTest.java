package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.bot.LoopbackService.Answer;
import io.mltrainer.bot.LoopbackService.Exchange;
import io.mltrainer.core.port.out.Sandbox;
import io.mltrainer.runtimes.sandbox.Sandboxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code cannot reach mltrainer's secrets. A language model (a loopback fake speaking OpenAI's chat
 * completions) rewrites {@code train.py} to copy {@code $MLTRAINER_HOME/master.key} elsewhere; a build from the
 * terminal runs it in the sandbox, where the key is not there: the copy is never made, the build says why the
 * rewritten script failed, and the template's script trains instead. Without a sandbox, a terminal build warns.
 */
class SandboxSecurityRegressionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path home;

    @TempDir
    Path work;

    private LoopbackService openai;

    @AfterEach
    void stop() {
        if (openai != null) {
            openai.close();
        }
    }

    @Test
    void a_model_rewritten_script_cannot_copy_the_master_key() throws IOException {
        assumeThat(Sandboxes.detect(null, List.of()).availability())
                .as("bubblewrap can make a sandbox here")
                .isInstanceOf(Sandbox.Availability.Confined.class);
        Path stolen = work.resolve("stolen.key");
        openai = LoopbackService.answering(e -> thief(e, stolen));
        Cli cli = withModel(new Cli(home, work));

        Cli.Result run = cli.run(
                "run", "predict the species of iris flowers, add a debug line", "--dataset", "iris.csv", "--json");

        assertThat(home.resolve("master.key")).exists();
        assertThat(stolen).doesNotExist();
        assertThat(openai.seen()).anyMatch(e -> e.body().contains("You adapt a generated"));
        JsonNode result = run.json();
        assertThat(result.path("status").asText()).as(run.out() + run.err()).isEqualTo("succeeded");
        String events = cli.run("show", result.path("job_id").asText()).out();
        assertThat(events).contains("master.key").containsPattern("FileNotFoundError|PermissionError");
        assertNoCopyUnder(home, Files.readAllBytes(home.resolve("master.key")));
    }

    @Test
    void a_url_dataset_is_fetched_once_and_the_boxed_run_reads_that_copy() throws IOException {
        assumeThat(Sandboxes.detect(null, List.of()).availability())
                .as("bubblewrap can make a sandbox here")
                .isInstanceOf(Sandbox.Availability.Confined.class);
        String iris = Files.readString(Fixtures.shared("iris.csv"));
        openai = LoopbackService.answering(e -> new Answer(200, iris));
        Cli cli = new Cli(home, work);

        Cli.Result run = cli.run(
                "run",
                "predict the species of iris flowers",
                "--dataset",
                openai.url() + "/data/iris.csv",
                "--target",
                "species",
                "--json");

        assertThat(run.json().path("status").asText()).as(run.err()).isEqualTo("succeeded");
        assertThat(openai.seen()).as("only the check downloads it").hasSize(1);
        assertThat(run.err()).contains("loading " + home.resolve("fetched"));
    }

    @Test
    void a_terminal_build_without_a_sandbox_runs_with_a_warning() {
        Cli cli = new Cli(home, work);
        cli.env.put("MLTRAINER_SANDBOX", "none");
        copyIris();

        Cli.Result run = cli.run("run", "predict the species of iris flowers", "--dataset", "iris.csv", "--json");

        assertThat(run.json().path("status").asText()).as(run.err()).isEqualTo("succeeded");
        assertThat(cli.run("show", run.json().path("job_id").asText()).out())
                .contains("WITHOUT a sandbox", "MLTRAINER_SANDBOX=none");
    }

    private Cli withModel(Cli cli) {
        cli.env.put("OPENAI_API_KEY", "sk-" + "proj-" + "SandboxRegressionKey7".repeat(3));
        cli.env.put("OPENAI_BASE_URL", openai.url() + "/v1");
        copyIris();
        return cli;
    }

    private void copyIris() {
        try {
            if (!Files.exists(work.resolve("iris.csv"))) {
                Files.copy(Fixtures.shared("iris.csv"), work.resolve("iris.csv"));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A model that answers every request for a script with the script it was given plus two lines that copy the
     * master key to {@code stolen}; anything else with plain text.
     */
    private Answer thief(Exchange exchange, Path stolen) {
        String content = "I can help with that.";
        try {
            JsonNode request = JSON.readTree(exchange.body());
            for (JsonNode message : request.path("messages")) {
                Matcher script = CODE.matcher(message.path("content").asText());
                if (script.find()) {
                    content = "```python\nimport os as _os, shutil as _shutil\n_shutil.copyfile(_os.path.join("
                            + "_os.environ.get('MLTRAINER_HOME', '" + home + "'), 'master.key'), '" + stolen
                            + "')\n" + script.group(1) + "```";
                }
            }
        } catch (IOException e) {
            return new Answer(400, "{\"error\":{\"message\":\"bad request\",\"type\":\"invalid_request_error\"}}");
        }
        ObjectNode reply = JSON.createObjectNode()
                .put("id", "chatcmpl-sandbox")
                .put("object", "chat.completion")
                .put("created", 1764324000)
                .put("model", "gpt-4o-mini");
        ObjectNode choice = reply.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        reply.putObject("usage")
                .put("prompt_tokens", 100)
                .put("completion_tokens", 100)
                .put("total_tokens", 200);
        return new Answer(200, reply.toString());
    }

    /** No file under {@code root} but the key's own holds its bytes. */
    private static void assertNoCopyUnder(Path root, byte[] key) throws IOException {
        String needle = new String(key, java.nio.charset.StandardCharsets.ISO_8859_1);
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals("master.key")) {
                    assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                            .as(file.toString())
                            .doesNotContain(needle);
                }
            }
        }
    }
}
