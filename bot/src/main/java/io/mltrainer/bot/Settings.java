package io.mltrainer.bot;

import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.pipeline.RetryPolicies;
import io.mltrainer.llm.LlmSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        String owner,
        String masterKey,
        DeployTarget defaultHub,
        LlmSettings llm,
        Map<String, String> services,
        String admins,
        int httpPort,
        List<Path> dataDirs,
        boolean offline) {

    public Settings {
        services = Map.copyOf(services);
        dataDirs = dataDirs == null ? List.of() : List.copyOf(dataDirs);
    }

    /** The same settings with every language model switched off ({@code --offline}). */
    public Settings offline(boolean value) {
        return new Settings(
                home,
                python,
                trainTimeLimit,
                retries,
                databaseUrl,
                databaseUser,
                databasePassword,
                owner,
                masterKey,
                defaultHub,
                llm,
                services,
                admins,
                httpPort,
                dataDirs,
                offline || value);
    }

    /** A service base URL ({@code HF_ENDPOINT}, {@code KAGGLE_API_URL}, …) or its default. */
    public String service(String variable, String defaultUrl) {
        String value = services.get(variable);
        return value == null || value.isBlank() ? defaultUrl : value;
    }

    /** {@code MLTRAINER_HOME}, else {@code ~/.mltrainer}. */
    static Path homeOf(Map<String, String> env) {
        return env.containsKey("MLTRAINER_HOME") && !env.get("MLTRAINER_HOME").isBlank()
                ? Path.of(env.get("MLTRAINER_HOME"))
                : Path.of(System.getProperty("user.home"), ".mltrainer");
    }

    public static Settings fromEnvironment(Map<String, String> env) {
        Path home = homeOf(env);
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
                owner(env),
                blankToNull(env.get("MLTRAINER_MASTER_KEY")),
                defaultHub(env.get("MLTRAINER_DEFAULT_HUB")),
                LlmSettings.fromEnvironment(env),
                services(env),
                blankToNull(env.get("MLTRAINER_ADMINS")),
                port(env.get("MLTRAINER_HTTP_PORT")),
                dataDirs(env.get("MLTRAINER_DATA_DIRS")),
                false);
    }

    private static final java.util.List<String> SERVICE_VARIABLES = java.util.List.of(
            "HF_ENDPOINT",
            "HF_DATASETS_SERVER_URL",
            "KAGGLE_API_URL",
            "MODAL_CLI",
            "MLTRAINER_DOWNLOAD_MAX_MB",
            "MLTRAINER_DOWNLOAD_TIMEOUT",
            "MLTRAINER_LEASE_SECONDS",
            "MLTRAINER_SANDBOX");

    private static Map<String, String> services(Map<String, String> env) {
        Map<String, String> services = new java.util.HashMap<>();
        SERVICE_VARIABLES.stream().filter(env::containsKey).forEach(v -> services.put(v, env.get(v)));
        return services;
    }

    private static DeployTarget defaultHub(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("local")) {
            return DeployTarget.LOCAL;
        }
        if (value.equalsIgnoreCase("huggingface") || value.equalsIgnoreCase("hub")) {
            return DeployTarget.HUGGINGFACE;
        }
        throw new IllegalArgumentException("MLTRAINER_DEFAULT_HUB is 'local' or 'huggingface', not '" + value + "'");
    }

    /** The registry folder of terminal builds: {@code MLTRAINER_USER}, else the OS user, made folder-safe. */
    private static String owner(Map<String, String> env) {
        String name = env.getOrDefault("MLTRAINER_USER", System.getProperty("user.name", "local"));
        String safe =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        return safe.isEmpty() ? "local" : safe;
    }

    /** {@code MLTRAINER_DATA_DIRS}: folders (path-separator list) whose files chat builds may use as data. */
    private static List<Path> dataDirs(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(java.io.File.pathSeparator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> Path.of(s).toAbsolutePath().normalize())
                .toList();
    }

    /** {@code MLTRAINER_HTTP_PORT}, default 3000 (Slack's events, health). */
    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return 3000;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "MLTRAINER_HTTP_PORT must be a port number (0-65535; 0 picks a free one), not '" + value + "'", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
