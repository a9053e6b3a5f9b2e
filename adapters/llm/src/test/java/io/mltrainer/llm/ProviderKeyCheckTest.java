package io.mltrainer.llm;

import static io.mltrainer.core.domain.LlmProvider.ANTHROPIC;
import static io.mltrainer.core.domain.LlmProvider.GEMINI;
import static io.mltrainer.core.domain.LlmProvider.GROQ;
import static io.mltrainer.core.domain.LlmProvider.OLLAMA;
import static io.mltrainer.core.domain.LlmProvider.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.llm.ToolResult;
import java.io.IOException;
import java.net.ServerSocket;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProviderKeyCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-proj-CheckCanary4c1d9e-wxyz";

    private final RouterFixture fixture = new RouterFixture();

    @AfterEach
    void closeFakes() {
        fixture.close();
    }

    @Test
    void accepts_an_anthropic_key_listing_models_with_the_version_header() throws Exception {
        MockWebServer anthropic = fixture.fake(ANTHROPIC);
        anthropic.enqueue(Wire.ok("""
                {"data": [{"type": "model", "id": "claude-sonnet-4-5-20250929",
                           "display_name": "Claude Sonnet 4.5", "created_at": "2025-09-29T00:00:00Z"}],
                 "has_more": false, "first_id": "claude-sonnet-4-5-20250929",
                 "last_id": "claude-sonnet-4-5-20250929"}"""));

        ToolResult result = check().execute(args(ANTHROPIC, KEY));

        assertThat(result.ok()).isTrue();
        assertThat(result.message()).isEqualTo("The Anthropic key works.");
        RecordedRequest request = anthropic.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/models");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(request.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
    }

    @Test
    void checks_openai_and_groq_keys_with_a_bearer_token() throws Exception {
        for (LlmProvider provider : new LlmProvider[] {OPENAI, GROQ}) {
            fixture.fake(provider).enqueue(Wire.ok("{\"object\": \"list\", \"data\": []}"));

            ToolResult result = check().execute(args(provider, KEY));

            assertThat(result.ok()).isTrue();
            RecordedRequest request = fixture.fake(provider).takeRequest();
            assertThat(request.getUrl().encodedPath()).endsWith("/v1/models");
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        }
    }

    @Test
    void refuses_a_key_the_provider_rejects_without_repeating_the_key() {
        fixture.fake(OPENAI).enqueue(Wire.error(401, """
                {"error": {"message": "Incorrect API key provided: %s. You can find your API key at \
                https://platform.openai.com/account/api-keys.", "type": "invalid_request_error", "param": null,
                 "code": "invalid_api_key"}}""".formatted(KEY)));

        ToolResult result = check().execute(args(OPENAI, KEY));

        assertThat(result.ok()).isFalse();
        assertThat(result.message())
                .contains("OpenAI refused the key (401 invalid_api_key)")
                .doesNotContain(KEY);
    }

    @Test
    void refuses_a_gemini_key_that_google_answers_400_api_key_invalid() throws Exception {
        fixture.fake(GEMINI).enqueue(Wire.unauthorized(GEMINI));

        ToolResult result = check().execute(args(GEMINI, "AIzaSyBadKey00000000000000000000000"));

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("Gemini refused the key (400 API_KEY_INVALID)");
        assertThat(fixture.fake(GEMINI).takeRequest().getHeaders().get("x-goog-api-key"))
                .isEqualTo("AIzaSyBadKey00000000000000000000000");
    }

    @Test
    void reports_the_models_an_ollama_host_has_and_the_one_it_lacks() {
        fixture.fake(OLLAMA).enqueue(Wire.ok("""
                {"models": [{"name": "llama3.2:3b", "model": "llama3.2:3b", "size": 2019393189,
                             "digest": "a80c4f17acd5", "details": {"format": "gguf", "family": "llama"}}]}"""));

        ToolResult result = check().execute(JSON.createObjectNode().put("provider", "ollama"));

        assertThat(result.ok()).isTrue();
        assertThat(result.message()).contains("llama3.2:3b", "ollama pull qwen2.5-coder:7b");
        assertThat(result.facts()).containsEntry("has_model", "false");
    }

    @Test
    void sends_no_key_to_a_base_url_outside_the_providers_hosts() {
        ObjectNode arguments = args(ANTHROPIC, KEY).put("base_url", "https://collector.example.net");

        ToolResult result = check().execute(arguments);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("only sent to Anthropic's own API");
    }

    @Test
    void reports_an_unreachable_provider_as_a_transient_failure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ObjectNode arguments = args(OPENAI, KEY).put("base_url", "http://127.0.0.1:" + closedPort + "/v1");

        assertThatThrownBy(() -> check().execute(arguments))
                .isInstanceOfSatisfying(
                        StageException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSIENT))
                .message()
                .doesNotContain(KEY);
    }

    @Test
    void refuses_an_unknown_provider_and_a_missing_key_without_a_request() {
        ToolResult unknown = check().execute(JSON.createObjectNode().put("provider", "mistral"));
        ToolResult missing = check().execute(JSON.createObjectNode().put("provider", "groq"));

        assertThat(unknown.ok()).isFalse();
        assertThat(missing.ok()).isFalse();
        assertThat(missing.message()).contains("Groq key");
    }

    private ProviderKeyCheck check() {
        return new ProviderKeyCheck(fixture.settings());
    }

    private static ObjectNode args(LlmProvider provider, String key) {
        return JSON.createObjectNode().put("provider", provider.id()).put("key", key);
    }
}
