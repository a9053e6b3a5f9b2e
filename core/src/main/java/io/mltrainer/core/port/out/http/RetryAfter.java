package io.mltrainer.core.port.out.http;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one reader of {@code Retry-After} (RFC 9110 §10.2.3): delay seconds (a fraction is accepted, as some LLM
 * providers send one) or an HTTP date. A date in the past is no wait; garbage and negative numbers are no answer;
 * anything beyond {@link #LONGEST} is {@link #LONGEST}, so a service asking for a week cannot park a build.
 */
public final class RetryAfter {
    /** The longest wait any service may ask of us. */
    public static final Duration LONGEST = Duration.ofHours(1);

    private RetryAfter() {}

    /** The wait {@code value} asks for, empty when it is absent or unreadable. */
    public static Optional<Duration> parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        return text.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-' || c == '+')
                ? seconds(text)
                : date(text, clock);
    }

    /** "retry in 30 s" for a known wait (at least 1 s), else "retry in a minute". */
    public static String advice(Optional<Duration> wait) {
        return wait.map(d -> "retry in " + Math.max(1, d.toSeconds()) + " s").orElse("retry in a minute");
    }

    private static Optional<Duration> seconds(String text) {
        try {
            BigDecimal seconds = new BigDecimal(text);
            if (seconds.signum() < 0) {
                return Optional.empty();
            }
            return Optional.of(
                    seconds.compareTo(BigDecimal.valueOf(LONGEST.toSeconds())) >= 0
                            ? LONGEST
                            : Duration.ofMillis(seconds.movePointRight(3).longValue()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> date(String text, Clock clock) {
        try {
            ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
