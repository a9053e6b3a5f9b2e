package io.mltrainer.llm;

import static io.mltrainer.core.domain.LlmProvider.ANTHROPIC;
import static io.mltrainer.core.domain.LlmProvider.GEMINI;
import static io.mltrainer.core.domain.LlmProvider.GROQ;
import static io.mltrainer.core.domain.LlmProvider.OLLAMA;
import static io.mltrainer.core.domain.LlmProvider.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

    @Test
    void configures_the_providers_whose_keys_are_set_in_a_fixed_order() {
        LlmSettings settings = LlmSettings.fromEnvironment(Map.of(
                "GROQ_API_KEY", "gsk_abc123",
                "ANTHROPIC_API_KEY", " sk-ant-api03-abc \n",
                "OLLAMA_HOST", "gpu-box:11434"));

        assertThat(settings.configured()).containsExactly(ANTHROPIC, GROQ, OLLAMA);
        assertThat(settings.keys().get(ANTHROPIC).value()).isEqualTo("sk-ant-api03-abc");
        assertThat(settings.endpoint(OLLAMA).baseUrl()).isEqualTo("http://gpu-box:11434");
    }

    @Test
    void uses_each_providers_documented_defaults() {
        LlmSettings settings = LlmSettings.fromEnvironment(Map.of());

        assertThat(settings.configured()).isEmpty();
        assertThat(settings.endpoint(ANTHROPIC)).isEqualTo(Endpoint.defaultFor(ANTHROPIC));
        assertThat(settings.endpoint(GROQ).baseUrl()).isEqualTo("https://api.groq.com/openai/v1");
        assertThat(settings.endpoint(GEMINI).model()).isEqualTo("gemini-2.5-flash");
        assertThat(settings.endpoint(OPENAI).model()).isEqualTo("gpt-5-mini");
        assertThat(settings.endpoint(OLLAMA).model()).isEqualTo("qwen2.5-coder:7b");
        assertThat(settings.timeout()).isEqualTo(LlmSettings.DEFAULT_TIMEOUT);
    }

    @Test
    void takes_base_url_model_and_timeout_overrides() {
        LlmSettings settings = LlmSettings.fromEnvironment(Map.of(
                "OPENAI_BASE_URL", "http://127.0.0.1:8080/v1/",
                "OPENAI_MODEL", "gpt-5",
                "MLTRAINER_LLM_TIMEOUT_SECONDS", "15"));

        assertThat(settings.endpoint(OPENAI)).isEqualTo(new Endpoint(OPENAI, "http://127.0.0.1:8080/v1", "gpt-5"));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void never_shows_a_key_in_its_text_or_its_errors() {
        LlmSettings settings = LlmSettings.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-proj-Shown0nce"));

        assertThat(settings.toString()).doesNotContain("sk-proj-Shown0nce");
        assertThatThrownBy(() -> LlmSettings.fromEnvironment(Map.of("GEMINI_API_KEY", "AIza with space")))
                .hasMessageContaining("GEMINI_API_KEY")
                .message()
                .doesNotContain("AIza");
    }
}
