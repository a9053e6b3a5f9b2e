package io.mltrainer.huggingface;

import static io.mltrainer.huggingface.FakeHub.WRITE_TOKEN;
import static io.mltrainer.huggingface.ToolAssertions.args;
import static io.mltrainer.huggingface.ToolAssertions.assertNoSecret;
import static io.mltrainer.huggingface.ToolAssertions.assertSchema;
import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** check_repo_name: the Hub's naming rules, and whose a taken name is. */
class CheckRepoNameToolTest {
    private final MockWebServer server = new MockWebServer();
    private CheckRepoNameTool tool;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new FakeHub()
                .repo("models", "alice/sentiment")
                .repo("models", "acme/churn")
                .repo("models", "google/gemma"));
        server.start();
        tool = new CheckRepoNameTool(new HubClient(
                server.url("/").toString(),
                new OkHttpClient(),
                new MutableClock(java.time.Instant.parse("2026-03-01T10:00:00Z")),
                Duration.ofMinutes(5)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ToolResult check(String namespace, String name) {
        return tool.execute(args("{\"token\":\"" + WRITE_TOKEN + "\",\"name\":\"" + name + "\""
                + (namespace == null ? "" : ",\"namespace\":\"" + namespace + "\"") + "}"));
    }

    @Test
    void its_spec_names_the_tool_and_requires_name_and_token() {
        assertThat(tool.spec().name()).isEqualTo("check_repo_name");
        assertSchema(tool.spec(), "name", "token");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-model",
                "model-",
                ".model",
                "model.",
                "my--model",
                "my..model",
                "has space",
                "ümlaut",
                "slash\\\\name",
                "model.git",
                "a123456789b123456789c123456789d123456789e123456789f123456789g123456789h123456789i123456789j1234567"
            })
    void names_against_the_hub_rules_are_refused_without_asking_the_hub(String name) {
        ToolResult result = check("alice", name);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("The repository name");
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"imdb-sentiment", "bert_base.v2", "A1", "x"})
    void names_within_the_rules_are_accepted(String name) {
        assertThat(check("alice", name).ok()).isTrue();
    }

    @Test
    void a_free_name_in_the_users_namespace_is_valid() throws InterruptedException {
        ToolResult result = check(null, "imdb-sentiment");

        assertThat(result.ok()).isTrue();
        assertThat(result.facts())
                .containsEntry("repo_id", "alice/imdb-sentiment")
                .containsEntry("exists", "false");
        server.takeRequest();
        RecordedRequest lookup = server.takeRequest();
        assertThat(lookup.getUrl().encodedPath()).isEqualTo("/api/models/alice/imdb-sentiment");
        assertThat(lookup.getHeaders().get("Authorization")).isEqualTo("Bearer " + WRITE_TOKEN);
        assertNoSecret(result, WRITE_TOKEN);
    }

    @Test
    void an_existing_repository_of_the_same_user_is_fine_and_will_be_updated() {
        ToolResult result = check("alice", "sentiment");

        assertThat(result.ok()).isTrue();
        assertThat(result.facts()).containsEntry("exists", "true");
        assertThat(result.message()).contains("will update it");
    }

    @Test
    void an_existing_repository_of_the_users_organisation_is_fine() {
        ToolResult result = tool.execute(args("{\"token\":\"" + WRITE_TOKEN + "\",\"name\":\"acme/churn\"}"));

        assertThat(result.ok()).isTrue();
        assertThat(result.facts()).containsEntry("repo_id", "acme/churn").containsEntry("exists", "true");
    }

    @Test
    void a_repository_of_someone_else_is_refused() {
        ToolResult result = check("google", "gemma");

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("google belongs to someone else").contains("alice");
        assertNoSecret(result, WRITE_TOKEN);
    }

    @Test
    void a_refused_token_is_a_refusal() {
        ToolResult result = tool.execute(args("{\"token\":\"" + FakeHub.BAD_TOKEN + "\",\"name\":\"imdb-sentiment\"}"));

        assertThat(result.ok()).isFalse();
        assertNoSecret(result, FakeHub.BAD_TOKEN);
    }
}
