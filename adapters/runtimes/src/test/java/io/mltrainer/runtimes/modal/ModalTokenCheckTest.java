package io.mltrainer.runtimes.modal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.llm.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** validate_modal_token against small fake `modal` scripts. */
@DisabledOnOs(OS.WINDOWS)
class ModalTokenCheckTest {
    private static final String ID = "ak-Abc123Def456Ghi789";
    private static final String SECRET = "as-Zyx987Wvu654Tsr321";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A fake CLI that accepts only our token, from its environment, and records its arguments. */
    private Path acceptingCli() throws IOException {
        return script(
                "modal",
                "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args\"\n"
                        + "if [ \"$MODAL_TOKEN_ID\" != \"" + ID + "\" ] || [ \"$MODAL_TOKEN_SECRET\" != \"" + SECRET
                        + "\" ]; then echo 'Token missing. Could not authenticate client.' >&2; exit 1; fi\n"
                        + "echo 'Token: '\"$MODAL_TOKEN_ID\"\n"
                        + "echo 'Workspace: alice-ws (ac-0a1b2c3d4e5f)'\n"
                        + "echo 'User: alice (us-9f8e7d6c5b)'\n");
    }

    private Path script(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body);
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    private static ToolResult check(ModalTokenCheck tool, String id, String secret) {
        return tool.execute(args("{\"token_id\":\"" + id + "\",\"token_secret\":\"" + secret + "\"}"));
    }

    private static JsonNode args(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ModalTokenCheck tool(Path cli) {
        return new ModalTokenCheck(List.of(cli.toString(), "token", "info"), Duration.ofSeconds(20));
    }

    @Test
    void its_spec_names_the_tool_and_requires_both_parts() throws IOException {
        JsonNode schema = JSON.readTree(new ModalTokenCheck().spec().parametersSchema());

        assertThat(new ModalTokenCheck().spec().name()).isEqualTo("validate_modal_token");
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactly("token_id", "token_secret");
    }

    @Test
    void an_accepted_token_reports_the_workspace() throws IOException {
        ToolResult result = check(tool(acceptingCli()), ID, SECRET);

        assertThat(result.ok()).isTrue();
        assertThat(result.facts()).containsEntry("workspace", "alice-ws");
        assertThat(result.message()).contains("alice-ws").doesNotContain(ID).doesNotContain(SECRET);
    }

    @Test
    void the_token_reaches_the_cli_through_its_environment_only() throws IOException {
        check(tool(acceptingCli()), ID, SECRET);

        assertThat(Files.readAllLines(dir.resolve("args"))).containsExactly("token", "info");
        assertThat(System.getenv("MODAL_TOKEN_ID")).isNull();
        assertThat(System.getenv("MODAL_TOKEN_SECRET")).isNull();
    }

    @Test
    void a_refused_token_is_refused_with_the_clis_words_and_the_token_masked() throws IOException {
        Path cli = script(
                "modal",
                "printf '\\033[31m╭─ Error ─────────╮\\033[0m\\n' >&2\n"
                        + "echo \"│ Token validation failed for $MODAL_TOKEN_ID / $MODAL_TOKEN_SECRET │\" >&2\n"
                        + "echo '╰─────────────────╯' >&2\nexit 1\n");

        ToolResult result = check(tool(cli), ID, SECRET);

        assertThat(result.ok()).isFalse();
        assertThat(result.message())
                .contains("Modal refused the token")
                .contains("Token validation failed for ak-*** / as-***")
                .contains("https://modal.com/settings/tokens")
                .doesNotContain(ID)
                .doesNotContain(SECRET)
                .doesNotContain("\u001B")
                .doesNotContain("╭");
        assertThat(result.facts()).isEmpty();
    }

    @Test
    void a_wrong_token_fails_against_the_accepting_cli() throws IOException {
        ToolResult result = check(tool(acceptingCli()), "ak-SomeoneElse0000", SECRET);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("Could not authenticate client").doesNotContain(SECRET);
    }

    @Test
    void no_cli_on_the_path_says_how_to_install_it() {
        ModalTokenCheck tool = new ModalTokenCheck(
                List.of(dir.resolve("not-installed/modal").toString(), "token", "info"), Duration.ofSeconds(5));

        assertThatThrownBy(() -> check(tool, ID, SECRET))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.MISSING_DEPENDENCY))
                .hasMessageContaining("The Modal CLI is not installed: pip install modal")
                .hasMessageNotContaining(ID)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void a_cli_without_token_info_asks_for_an_upgrade() throws IOException {
        Path cli = script("modal", "echo \"Error: No such command 'info'.\" >&2\nexit 2\n");

        assertThatThrownBy(() -> check(tool(cli), ID, SECRET))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.MISSING_DEPENDENCY))
                .hasMessageContaining("pip install -U modal");
    }

    @Test
    void an_unreachable_modal_is_transient() throws IOException {
        Path cli = script("modal", "echo 'ConnectionError: Could not connect to the Modal server.' >&2\nexit 1\n");

        assertThatThrownBy(() -> check(tool(cli), ID, SECRET))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT));
    }

    @Test
    void a_cli_that_hangs_is_stopped_at_the_time_limit() throws IOException {
        Path cli = script("modal", "sleep 30\n");
        ModalTokenCheck tool = new ModalTokenCheck(List.of(cli.toString(), "token", "info"), Duration.ofMillis(500));
        long started = System.nanoTime();

        assertThatThrownBy(() -> check(tool, ID, SECRET))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .hasMessageContaining("did not finish within");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_token_missing_a_part_is_refused_without_running_the_cli() throws IOException {
        Path cli = acceptingCli();

        ToolResult result = tool(cli).execute(args("{\"token_id\":\"" + ID + "\"}"));

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("two parts");
        assertThat(dir.resolve("args")).doesNotExist();
    }
}
