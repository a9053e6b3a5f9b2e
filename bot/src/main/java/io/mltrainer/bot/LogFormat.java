package io.mltrainer.bot;

import io.mltrainer.bot.logging.JsonLogProvider;
import java.util.Locale;
import java.util.Map;

/** {@code MLTRAINER_LOG_FORMAT}: {@code text} (default, slf4j-simple) or {@code json} (one JSON object a line). */
final class LogFormat {
    static final String VARIABLE = "MLTRAINER_LOG_FORMAT";

    private LogFormat() {}

    /** Chooses the SLF4J provider; must run before the first logger is created. */
    static void apply(Map<String, String> env) {
        String value = env.getOrDefault(VARIABLE, "").trim().toLowerCase(Locale.ROOT);
        if (value.equals("json")) {
            System.setProperty("slf4j.provider", JsonLogProvider.class.getName());
        } else if (!value.isEmpty() && !value.equals("text")) {
            System.err.println("warning: " + VARIABLE + " is 'text' or 'json', not '" + value + "'; logging as text");
        }
    }
}
