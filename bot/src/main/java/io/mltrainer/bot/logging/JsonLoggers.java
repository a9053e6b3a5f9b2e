package io.mltrainer.bot.logging;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * The JSON loggers, one per name. The threshold is {@code MLTRAINER_LOG_LEVEL} (default {@code warn}, as the text
 * logs: libraries speak only when something is wrong).
 */
final class JsonLoggers implements ILoggerFactory {
    static final String LEVEL_VARIABLE = "MLTRAINER_LOG_LEVEL";

    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final Level threshold;
    private final Supplier<PrintStream> out;
    private final Clock clock;

    JsonLoggers(Level threshold, Supplier<PrintStream> out, Clock clock) {
        this.threshold = threshold;
        this.out = out;
        this.clock = clock;
    }

    static JsonLoggers fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault(LEVEL_VARIABLE, "").trim().toUpperCase(Locale.ROOT);
        Level level = java.util.Arrays.stream(Level.values())
                .filter(l -> l.name().equals(value))
                .findFirst()
                .orElse(Level.WARN);
        // System.err at each line: Main replaces it with the masking stream
        return new JsonLoggers(level, () -> System.err, Clock.systemUTC());
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new JsonLogger(n, threshold, out, clock));
    }
}
