package io.mltrainer.huggingface;

import static io.mltrainer.huggingface.FakeHub.ACME_SCOPED_TOKEN;
import static io.mltrainer.huggingface.FakeHub.BAD_TOKEN;
import static io.mltrainer.huggingface.FakeHub.READ_TOKEN;
import static io.mltrainer.huggingface.FakeHub.WRITE_TOKEN;
import static io.mltrainer.huggingface.ToolAssertions.args;
import static io.mltrainer.huggingface.ToolAssertions.assertNoSecret;
import static io.mltrainer.huggingface.ToolAssertions.assertSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** validate_hf_token against a loopback Hub with read, write and fine-grained tokens. */
class ValidateHfTokenToolTest {
    private final MockWebServer server = new MockWebServer();
    private ValidateHfTokenTool tool;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new FakeHub());
        server.start();
        tool = new ValidateHfTokenTool(new HubClient(
                server.url("/").toString(),
                new OkHttpClient(),
                new MutableClock(java.time.Instant.parse("2026-03-01T10:00:00Z")),
                Duration.ZERO));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ToolResult validate(String token, String namespace) {
        return tool.execute(args(
                namespace == null
                        ? "{\"token\":\"" + token + "\"}"
                        : "{\"token\":\"" + token + "\",\"namespace\":\"" + namespace + "\"}"));
    }

    @Test
    void its_spec_names_the_tool_and_requires_the_token() {
        assertThat(tool.spec().name()).isEqualTo("validate_hf_token");
        assertSchema(tool.spec(), "token");
    }

    @Test
    void a_write_token_is_accepted_with_the_user_orgs_and_write_access() {
        ToolResult result = validate(WRITE_TOKEN, "acme");

        assertThat(result.ok()).isTrue();
        assertThat(result.facts())
                .containsEntry("user", "alice")
                .containsEntry("orgs", "acme,bigco")
                .containsEntry("can_write", "true")
                .containsEntry("token_role", "write")
                .containsEntry("namespace", "acme");
        assertThat(result.message()).contains("alice").contains("can publish to acme");
        assertNoSecret(result, WRITE_TOKEN);
    }

    @Test
    void a_read_token_is_refused_for_a_namespace_with_the_reason() {
        ToolResult result = validate(READ_TOKEN, "alice");

        assertThat(result.ok()).isFalse();
        assertThat(result.message())
                .contains("cannot publish to alice")
                .contains("read token")
                .contains("https://huggingface.co/settings/tokens");
        assertThat(result.facts()).containsEntry("can_write", "false").containsEntry("user", "alice");
        assertNoSecret(result, READ_TOKEN);
    }

    @Test
    void a_read_token_without_a_namespace_passes_and_says_it_cannot_publish() {
        ToolResult result = validate(READ_TOKEN, null);

        assertThat(result.ok()).isTrue();
        assertThat(result.facts()).containsEntry("can_write", "false").containsEntry("namespace", "alice");
        assertThat(result.message()).contains("cannot publish");
    }

    @Test
    void a_fine_grained_token_scoped_to_an_org_can_publish_there_only() {
        ToolResult org = validate(ACME_SCOPED_TOKEN, "acme");
        ToolResult own = validate(ACME_SCOPED_TOKEN, "alice");

        assertThat(org.ok()).isTrue();
        assertThat(org.facts()).containsEntry("token_role", "fine-grained");
        assertThat(own.ok()).isFalse();
        assertThat(own.message()).contains("no 'repo.write' permission on alice");
        assertNoSecret(own, ACME_SCOPED_TOKEN);
    }

    @Test
    void a_namespace_of_someone_else_is_refused() {
        ToolResult result = validate(WRITE_TOKEN, "google");

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("google is neither your account");
    }

    @Test
    void a_token_the_hub_refuses_is_refused_without_repeating_it() {
        ToolResult result = validate(BAD_TOKEN, "alice");

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("refused the token").contains("settings/tokens");
        assertNoSecret(result, BAD_TOKEN);
    }

    @Test
    void a_missing_or_mangled_token_is_refused_before_asking_the_hub() {
        assertThat(tool.execute(args("{}")).message()).contains("Which Hugging Face token");
        assertThat(validate("hf_abc def", null).message()).contains("spaces or line breaks");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void an_unreachable_hub_is_a_transient_failure_not_a_refusal() {
        server.close();

        assertThatThrownBy(() -> validate(WRITE_TOKEN, null))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .hasMessageNotContaining(WRITE_TOKEN);
    }
}
