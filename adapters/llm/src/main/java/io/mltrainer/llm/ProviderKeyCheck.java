package io.mltrainer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.http.HttpFailure;
import io.mltrainer.core.port.out.http.HttpFailures;
import io.mltrainer.core.port.out.llm.Tool;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.port.out.llm.ToolSpec;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The {@code validate_llm_key} tool: the cheapest authenticated call of each provider (CONTRACTS.md), or Ollama's
 * model list. Messages name the provider, the status and the error code; never the key, never the error text (which
 * can quote part of it).
 */
public final class ProviderKeyCheck implements Tool {
    static final String NAME = "validate_llm_key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ToolSpec SPEC = new ToolSpec(
            NAME,
            "Checks a language-model provider key (or that an Ollama host answers) with one cheap authenticated call.",
            """
            {"type": "object",
             "properties": {
               "provider": {"type": "string", "enum": ["anthropic", "openai", "gemini", "groq", "ollama"]},
               "key": {"type": "string", "description": "the key (a secret reference); not needed for ollama"},
               "base_url": {"type": "string", "description": "the API base URL, when not the provider's usual one"}},
             "required": ["provider"]}
            """);

    private final LlmSettings settings;
    private final OkHttpClient http;

    public ProviderKeyCheck(LlmSettings settings) {
        this(
                settings,
                new OkHttpClient.Builder().callTimeout(settings.timeout()).build());
    }

    public ProviderKeyCheck(LlmSettings settings, OkHttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ToolResult execute(JsonNode arguments) {
        Optional<LlmProvider> provider = provider(arguments.path("provider").asText(""));
        if (provider.isEmpty()) {
            return ToolResult.refused("Say which provider the key is for: anthropic, openai, gemini, groq or ollama.");
        }
        LlmProvider p = provider.get();
        Optional<String> baseUrl =
                KeyCheckHosts.baseUrl(settings, p, arguments.path("base_url").asText(""));
        if (baseUrl.isEmpty()) {
            return ToolResult.refused("A " + name(p) + " key is only sent to " + name(p)
                    + "'s own API or the configured base URL; leave base_url out.");
        }
        Optional<ApiKey> key = ApiKey.parse(arguments.path("key").asText(""));
        if (p != LlmProvider.OLLAMA && key.isEmpty()) {
            return ToolResult.refused("That does not look like a " + name(p) + " key: it is empty or has spaces.");
        }
        return check(p, baseUrl.get(), request(p, baseUrl.get(), key.orElse(null)));
    }

    private ToolResult check(LlmProvider provider, String baseUrl, Request request) {
        try (Response response = http.newCall(request).execute()) {
            return verdict(provider, baseUrl, response.code(), response.body().string());
        } catch (IOException e) {
            throw StageException.transientFailure(
                    name(provider) + " at " + baseUrl + " could not be reached ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    private ToolResult verdict(LlmProvider provider, String baseUrl, int status, String body) {
        String code = ErrorBodies.code(body).map(c -> " " + c).orElse("");
        Map<String, String> facts = Map.of("provider", provider.id());
        if (status >= 200 && status < 300) {
            return provider == LlmProvider.OLLAMA
                    ? ollama(baseUrl, body)
                    : ToolResult.ok("The " + name(provider) + " key works.", facts);
        }
        HttpFailure.Kind kind = HttpFailures.kindOfError(status);
        if (kind == HttpFailure.Kind.RATE_LIMITED) {
            return ToolResult.ok(
                    "The " + name(provider) + " key is accepted but rate-limited right now (429" + code + ").",
                    Map.of("provider", provider.id(), "rate_limited", "true"));
        }
        if (kind == HttpFailure.Kind.UNAVAILABLE) {
            throw StageException.transientFailure(name(provider) + " answered " + status + code + "; try again.", null);
        }
        if (kind == HttpFailure.Kind.AUTHENTICATION || code.contains("API_KEY_INVALID")) {
            return ToolResult.refused(name(provider) + " refused the key (" + status + code
                    + "): check that it is complete and still active.");
        }
        return ToolResult.refused(name(provider) + " at " + baseUrl + " answered " + status + code
                + " to the key check: check the base URL.");
    }

    private ToolResult ollama(String baseUrl, String body) {
        String models = models(body);
        String wanted = settings.endpoint(LlmProvider.OLLAMA).model();
        boolean hasModel = Arrays.asList(models.split(",")).contains(wanted);
        String advice = hasModel ? "" : " " + wanted + " is not pulled yet: ollama pull " + wanted + ".";
        return ToolResult.ok(
                "Ollama at " + baseUrl + " answers; models: " + (models.isEmpty() ? "none" : models) + "." + advice,
                Map.of("provider", "ollama", "models", models, "has_model", String.valueOf(hasModel)));
    }

    private static Request request(LlmProvider provider, String baseUrl, ApiKey key) {
        Request.Builder request = new Request.Builder().get();
        return switch (provider) {
            case ANTHROPIC ->
                request.url(baseUrl + "/v1/models")
                        .header("x-api-key", key.value())
                        .header("anthropic-version", "2023-06-01")
                        .build();
            case OPENAI, GROQ ->
                request.url(baseUrl + "/models")
                        .header("Authorization", "Bearer " + key.value())
                        .build();
            case GEMINI ->
                request.url(baseUrl + "/models")
                        .header("x-goog-api-key", key.value())
                        .build();
            case OLLAMA -> request.url(baseUrl + "/api/tags").build();
        };
    }

    private static String models(String body) {
        try {
            return StreamSupport.stream(JSON.readTree(body).path("models").spliterator(), false)
                    .map(m -> m.path("name").asText())
                    .collect(Collectors.joining(","));
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<LlmProvider> provider(String id) {
        return Arrays.stream(LlmProvider.values())
                .filter(p -> p.id().equals(id.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static String name(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> "Anthropic";
            case OPENAI -> "OpenAI";
            case GEMINI -> "Gemini";
            case GROQ -> "Groq";
            case OLLAMA -> "Ollama";
        };
    }
}
