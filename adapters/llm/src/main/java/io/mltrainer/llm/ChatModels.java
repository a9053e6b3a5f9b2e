package io.mltrainer.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/**
 * Builds the LangChain4j model for an endpoint. Every model has LangChain4j's retries off ({@code maxRetries(0)}):
 * the router's Resilience4j retry and breaker decide, and a hidden retry would hide a failure from both.
 */
final class ChatModels {
    /** Anthropic's default of 1,024 output tokens cuts generated training code short. */
    private static final int ANTHROPIC_MAX_TOKENS = 8192;

    private ChatModels() {}

    /** {@code key} is null for Ollama. */
    static ChatModel create(Endpoint endpoint, ApiKey key, Duration timeout, HttpClientBuilder http) {
        return switch (endpoint.provider()) {
            case ANTHROPIC ->
                AnthropicChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(endpoint.baseUrl() + "/v1")
                        .apiKey(key.value())
                        .modelName(endpoint.model())
                        .maxTokens(ANTHROPIC_MAX_TOKENS)
                        .timeout(timeout)
                        .maxRetries(0)
                        .build();
            case OPENAI, GROQ ->
                OpenAiChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(endpoint.baseUrl())
                        .apiKey(key.value())
                        .modelName(endpoint.model())
                        .timeout(timeout)
                        .maxRetries(0)
                        .build();
            case GEMINI ->
                GoogleAiGeminiChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(endpoint.baseUrl())
                        .apiKey(key.value())
                        .modelName(endpoint.model())
                        .timeout(timeout)
                        .maxRetries(0)
                        .build();
            case OLLAMA ->
                OllamaChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(endpoint.baseUrl())
                        .modelName(endpoint.model())
                        .timeout(timeout)
                        .maxRetries(0)
                        .build();
        };
    }
}
