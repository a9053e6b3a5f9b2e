package io.mltrainer.core.pipeline;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** How often a stage is tried and how long to wait in between (exponential, capped). */
public record RetryPolicy(int maxAttempts, Duration initialWait, double multiplier, Duration maxWait) {
    public RetryPolicy {
        Objects.requireNonNull(initialWait, "initialWait");
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + maxAttempts);
        }
        if (initialWait.isNegative() || maxWait.compareTo(initialWait) < 0) {
            throw new IllegalArgumentException("waits must satisfy 0 <= wait <= max");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
        }
    }

    public static RetryPolicy of(int attempts, double waitSeconds, double multiplier, double maxSeconds) {
        return new RetryPolicy(
                attempts,
                Duration.ofMillis(Math.round(waitSeconds * 1000)),
                multiplier,
                Duration.ofMillis(Math.round(maxSeconds * 1000)));
    }

    /** The waits between tries: exponential from the first wait (at least 1 ms), capped at the longest. */
    public IntervalFunction backoff() {
        Duration initial = initialWait.isZero() ? Duration.ofMillis(1) : initialWait;
        Duration max = maxWait.compareTo(initial) < 0 ? initial : maxWait;
        return IntervalFunction.ofExponentialBackoff(initial, multiplier, max);
    }

    /**
     * Parses {@code attempts=3,wait=2s,multiplier=1.5,max=10s}; omitted keys keep this policy's values. Durations
     * take {@code ms}, {@code s} or {@code m}.
     */
    public RetryPolicy override(String spec) {
        RetryPolicy result = this;
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected key=value in retry setting, got '" + part.trim() + "'");
            }
            String value = kv[1].trim();
            result = switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
                case "attempts" ->
                    new RetryPolicy(Integer.parseInt(value), result.initialWait, result.multiplier, result.maxWait);
                case "wait" ->
                    new RetryPolicy(
                            result.maxAttempts,
                            duration(value),
                            result.multiplier,
                            max(duration(value), result.maxWait));
                case "multiplier" ->
                    new RetryPolicy(result.maxAttempts, result.initialWait, Double.parseDouble(value), result.maxWait);
                case "max" ->
                    new RetryPolicy(result.maxAttempts, result.initialWait, result.multiplier, duration(value));
                default ->
                    throw new IllegalArgumentException(
                            "unknown retry setting '" + kv[0].trim() + "'; use attempts, wait, multiplier, max");
            };
        }
        return result;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) > 0 ? a : b;
    }

    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
        }
        if (t.endsWith("m")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
        }
        throw new IllegalArgumentException("durations need a unit (ms, s, m): '" + text + "'");
    }
}
