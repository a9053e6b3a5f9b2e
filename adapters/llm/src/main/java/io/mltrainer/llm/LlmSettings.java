package io.mltrainer.llm;

import io.mltrainer.core.domain.LlmProvider;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The providers the operator configured, where every provider lives, and how long to wait. Built once by the caller
 * (from the environment or by hand); the keys here are the operator's, never a user's.
 *
 * @param endpoints every provider's base URL and model (defaults filled in)
 * @param keys the configured keys; a provider with a key is tried after the owner's own
 * @param ollama whether a local or remote Ollama is configured (it needs no key)
 * @param timeout for one HTTP exchange with a provider
 * @param longestRetryAfter a 429 asking to wait at most this long is retried once on the same provider
 */
public record LlmSettings(
        Map<LlmProvider, Endpoint> endpoints,
        Map<LlmProvider, ApiKey> keys,
        boolean ollama,
        Duration timeout,
        Duration longestRetryAfter) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_LONGEST_RETRY_AFTER = Duration.ofSeconds(10);

    public LlmSettings {
        Map<LlmProvider, Endpoint> all = new EnumMap<>(LlmProvider.class);
        Arrays.stream(LlmProvider.values()).forEach(p -> all.put(p, Endpoint.defaultFor(p)));
        all.putAll(Objects.requireNonNull(endpoints, "endpoints"));
        all.forEach((p, e) -> {
            if (e.provider() != p) {
                throw new IllegalArgumentException(
                        "endpoint for " + p.id() + " names " + e.provider().id());
            }
        });
        endpoints = Map.copyOf(all);
        keys = Map.copyOf(keys);
        if (keys.containsKey(LlmProvider.OLLAMA)) {
            throw new IllegalArgumentException("Ollama takes no key; configure it with ollama=true");
        }
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(longestRetryAfter, "longestRetryAfter");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** Nothing configured: every call answers empty and the caller runs offline. */
    public static LlmSettings none() {
        return new LlmSettings(Map.of(), Map.of(), false, DEFAULT_TIMEOUT, DEFAULT_LONGEST_RETRY_AFTER);
    }

    /**
     * Reads {@code ANTHROPIC_API_KEY}, {@code OPENAI_API_KEY}, {@code GEMINI_API_KEY}, {@code GROQ_API_KEY},
     * {@code OLLAMA_HOST} (enables Ollama; {@code host:port} or a URL), {@code <PROVIDER>_BASE_URL},
     * {@code <PROVIDER>_MODEL} and {@code MLTRAINER_LLM_TIMEOUT_SECONDS}.
     */
    public static LlmSettings fromEnvironment(Map<String, String> env) {
        LlmSettings settings = none();
        for (LlmProvider provider : LlmProvider.values()) {
            String prefix = provider.name() + "_";
            Endpoint endpoint = Endpoint.defaultFor(provider);
            if (provider == LlmProvider.OLLAMA) {
                endpoint = endpoint.withBaseUrl(ollamaUrl(env.get("OLLAMA_HOST")));
            }
            endpoint = endpoint.withBaseUrl(env.get(prefix + "BASE_URL")).withModel(env.get(prefix + "MODEL"));
            settings = settings.withEndpoint(endpoint);
            String key = env.get(prefix + "API_KEY");
            if (provider != LlmProvider.OLLAMA && key != null && !key.isBlank()) {
                settings = settings.withKey(
                        provider,
                        ApiKey.parse(key)
                                .orElseThrow(() -> new IllegalArgumentException(
                                        prefix + "API_KEY is not a key (printable ASCII without spaces)")));
            }
        }
        String host = env.get("OLLAMA_HOST");
        String seconds = env.get("MLTRAINER_LLM_TIMEOUT_SECONDS");
        return settings.withOllama(host != null && !host.isBlank())
                .withTimeout(seconds == null || seconds.isBlank() ? DEFAULT_TIMEOUT : seconds(seconds));
    }

    /** The configured providers in the order they are tried: the hosted ones, then Ollama. */
    public List<LlmProvider> configured() {
        return Arrays.stream(LlmProvider.values())
                .filter(p -> keys.containsKey(p) || (p == LlmProvider.OLLAMA && ollama))
                .toList();
    }

    public Endpoint endpoint(LlmProvider provider) {
        return endpoints.get(provider);
    }

    public LlmSettings withEndpoint(Endpoint endpoint) {
        Map<LlmProvider, Endpoint> next = new EnumMap<>(endpoints);
        next.put(endpoint.provider(), endpoint);
        return new LlmSettings(next, keys, ollama, timeout, longestRetryAfter);
    }

    public LlmSettings withKey(LlmProvider provider, ApiKey key) {
        Map<LlmProvider, ApiKey> next = new EnumMap<>(LlmProvider.class);
        next.putAll(keys);
        next.put(provider, key);
        return new LlmSettings(endpoints, next, ollama, timeout, longestRetryAfter);
    }

    public LlmSettings withOllama(boolean enabled) {
        return new LlmSettings(endpoints, keys, enabled, timeout, longestRetryAfter);
    }

    public LlmSettings withTimeout(Duration other) {
        return new LlmSettings(endpoints, keys, ollama, other, longestRetryAfter);
    }

    public LlmSettings withLongestRetryAfter(Duration other) {
        return new LlmSettings(endpoints, keys, ollama, timeout, other);
    }

    /** Ollama's own convention lets {@code OLLAMA_HOST} be {@code host:port} without a scheme. */
    private static String ollamaUrl(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String trimmed = host.trim();
        return trimmed.toLowerCase(Locale.ROOT).startsWith("http") ? trimmed : "http://" + trimmed;
    }

    private static Duration seconds(String text) {
        try {
            return Duration.ofSeconds(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MLTRAINER_LLM_TIMEOUT_SECONDS is not a number of seconds: " + text);
        }
    }
}
