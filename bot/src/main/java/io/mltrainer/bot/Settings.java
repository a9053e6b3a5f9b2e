package io.mltrainer.bot;

import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.pipeline.RetryPolicies;
import io.mltrainer.core.pipeline.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Configuration from the environment, read once at start-up. Everything has an offline default: H2 in
 * {@code ~/.mltrainer}, the local runtime, the local registry.
 */
public record Settings(
        Path home,
        String python,
        Duration trainTimeLimit,
        RetryPolicies retries,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        String owner) {

    public static Settings fromEnvironment(Map<String, String> env) {
        Path home =
                env.containsKey("MLTRAINER_HOME") && !env.get("MLTRAINER_HOME").isBlank()
                        ? Path.of(env.get("MLTRAINER_HOME"))
                        : Path.of(System.getProperty("user.home"), ".mltrainer");
        RetryPolicies retries = RetryPolicies.defaults();
        for (Stage stage : Stage.values()) {
            String key = "MLTRAINER_RETRY_" + stage.name();
            String spec = env.get(key);
            if (spec != null && !spec.isBlank()) {
                try {
                    retries = retries.with(stage, retries.of(stage).override(spec));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
                }
            }
        }
        Duration limit = Duration.ofMinutes(30);
        String limitText = env.get("MLTRAINER_TRAIN_TIME_LIMIT");
        if (limitText != null && !limitText.isBlank()) {
            try {
                limit = Duration.ofSeconds(Long.parseLong(limitText.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "MLTRAINER_TRAIN_TIME_LIMIT must be a number of seconds, not '" + limitText + "'", e);
            }
        }
        return new Settings(
                home.toAbsolutePath().normalize(),
                env.get("MLTRAINER_PYTHON"),
                limit,
                retries,
                blankToNull(env.get("MLTRAINER_DATABASE_URL")),
                blankToNull(env.get("MLTRAINER_DATABASE_USER")),
                blankToNull(env.get("MLTRAINER_DATABASE_PASSWORD")),
                owner(env));
    }

    /** The registry folder of terminal builds: {@code MLTRAINER_USER}, else the OS user, made folder-safe. */
    private static String owner(Map<String, String> env) {
        String name = env.getOrDefault("MLTRAINER_USER", System.getProperty("user.name", "local"));
        String safe =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        return safe.isEmpty() ? "local" : safe;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** For log lines and {@code doctor}: never prints the password. */
    public RetryPolicy retry(Stage stage) {
        return retries.of(stage);
    }
}
