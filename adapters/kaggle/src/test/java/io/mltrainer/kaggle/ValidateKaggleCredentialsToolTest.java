package io.mltrainer.kaggle;

import static io.mltrainer.kaggle.KaggleClientTest.KEY;
import static io.mltrainer.kaggle.KaggleClientTest.TOKEN;
import static io.mltrainer.kaggle.KaggleClientTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.llm.ToolResult;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** validate_kaggle_credentials: 200 with userName, 401, and 403 inside a 200, for both kinds of credential. */
class ValidateKaggleCredentialsToolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private ValidateKaggleCredentialsTool tool;

    @BeforeEach
    void start() throws IOException {
        server.start();
        tool = new ValidateKaggleCredentialsTool(
                new KaggleClient(server.url("/").toString(), new OkHttpClient()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ToolResult validate(String json) {
        try {
            return tool.execute(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void assertNoSecret(ToolResult result, String secret) {
        assertThat(result.message()).doesNotContain(secret);
        assertThat(result.facts().values()).allSatisfy(v -> assertThat(v).doesNotContain(secret));
    }

    @Test
    void its_spec_names_the_tool_and_offers_both_kinds() throws IOException {
        JsonNode schema = JSON.readTree(tool.spec().parametersSchema());

        assertThat(tool.spec().name()).isEqualTo("validate_kaggle_credentials");
        assertThat(schema.path("properties").has("token")).isTrue();
        assertThat(schema.path("properties").has("username")).isTrue();
        assertThat(schema.path("properties").has("key")).isTrue();
    }

    @Test
    void an_accepted_token_gives_the_user() throws InterruptedException {
        server.enqueue(json(200, "{\"userName\":\"alice\"}"));

        ToolResult result = validate("{\"token\":\"" + TOKEN + "\"}");

        assertThat(result.ok()).isTrue();
        assertThat(result.facts()).containsEntry("user", "alice").containsEntry("kind", "api_token");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertNoSecret(result, TOKEN);
    }

    @Test
    void an_accepted_legacy_key_gives_the_user() throws InterruptedException {
        server.enqueue(json(200, "{\"userName\":\"alice\"}"));

        ToolResult result = validate("{\"username\":\"alice\",\"key\":\"" + KEY + "\"}");

        assertThat(result.ok()).isTrue();
        assertThat(result.facts()).containsEntry("user", "alice").containsEntry("kind", "legacy_key");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).startsWith("Basic ");
        assertNoSecret(result, KEY);
    }

    @Test
    void a_bad_legacy_key_is_refused_saying_which_kind_and_where_to_get_a_new_one() {
        server.enqueue(json(401, "{\"code\":401,\"message\":\"Unauthenticated\"}"));

        ToolResult result = validate("{\"username\":\"alice\",\"key\":\"" + KEY + "\"}");

        assertThat(result.ok()).isFalse();
        assertThat(result.message())
                .contains("legacy API key for user 'alice'")
                .contains("https://www.kaggle.com/settings");
        assertNoSecret(result, KEY);
    }

    @Test
    void a_403_inside_a_200_refuses_the_token() {
        server.enqueue(json(200, "{\"code\":403,\"message\":\"Forbidden\"}"));

        ToolResult result = validate("{\"token\":\"" + TOKEN + "\"}");

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("refused the API token").contains("403");
        assertNoSecret(result, TOKEN);
    }

    @Test
    void a_token_given_as_a_legacy_key_is_refused_with_the_hint() {
        server.enqueue(json(401, "{\"code\":401,\"message\":\"Unauthenticated\"}"));

        ToolResult result = validate("{\"username\":\"alice\",\"key\":\"" + TOKEN + "\"}");

        assertThat(result.message()).contains("looks like a new API token");
        assertNoSecret(result, TOKEN);
    }

    @Test
    void incomplete_credentials_are_refused_without_asking_kaggle() {
        assertThat(validate("{}").message()).contains("either a Kaggle API token");
        assertThat(validate("{\"key\":\"" + KEY + "\"}").message()).contains("needs its username");
        assertThat(validate("{\"key\":\"" + TOKEN + "\"}").message()).contains("give it as a token");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void a_busy_kaggle_is_a_transient_failure() {
        server.enqueue(json(503, "{\"code\":503,\"message\":\"Unavailable\"}"));

        assertThatThrownBy(() -> validate("{\"token\":\"" + TOKEN + "\"}"))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT));
    }
}
