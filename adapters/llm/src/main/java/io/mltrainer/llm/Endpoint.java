package io.mltrainer.llm;

import io.mltrainer.core.domain.LlmProvider;
import java.util.Objects;

/**
 * Where a provider's API lives and which model to ask. Base URLs are written as each provider documents them
 * (CONTRACTS.md): Anthropic without {@code /v1}, OpenAI and Groq with {@code /v1}, Gemini with {@code /v1beta},
 * Ollama as the host.
 */
public record Endpoint(LlmProvider provider, String baseUrl, String model) {
    public Endpoint {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        baseUrl = baseUrl.replaceAll("/+$", "");
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("a base URL starts with http:// or https://: " + baseUrl);
        }
        if (model.isBlank()) {
            throw new IllegalArgumentException("no model id for " + provider.id());
        }
    }

    public static Endpoint defaultFor(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> new Endpoint(provider, "https://api.anthropic.com", "claude-sonnet-4-5");
            case OPENAI -> new Endpoint(provider, "https://api.openai.com/v1", "gpt-5-mini");
            case GEMINI ->
                new Endpoint(provider, "https://generativelanguage.googleapis.com/v1beta", "gemini-2.5-flash");
            case GROQ -> new Endpoint(provider, "https://api.groq.com/openai/v1", "llama-3.3-70b-versatile");
            case OLLAMA -> new Endpoint(provider, "http://127.0.0.1:11434", "qwen2.5-coder:7b");
        };
    }

    /** This endpoint with another model; a null or blank id keeps the current one. */
    public Endpoint withModel(String other) {
        return other == null || other.isBlank() ? this : new Endpoint(provider, baseUrl, other.trim());
    }

    public Endpoint withBaseUrl(String other) {
        return other == null || other.isBlank() ? this : new Endpoint(provider, other.trim(), model);
    }
}
