package io.mltrainer.huggingface;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * How long a rate-limited client should wait: {@code Retry-After} (seconds or an HTTP date), else the reset time
 * of the Hub's {@code RateLimit: "api";r=0;t=120} header.
 */
final class RetryWait {
    private static final Pattern RESET = Pattern.compile("\\bt=(\\d+)");

    private RetryWait() {}

    static Optional<Duration> of(Headers headers, Clock clock) {
        return retryAfter(headers.get("Retry-After"), clock).or(() -> reset(headers.get("RateLimit")));
    }

    /** "retry in 30 s", or "retry in a minute" when the service did not say. */
    static String phrase(Headers headers, Clock clock) {
        return of(headers, clock)
                .map(d -> "retry in " + Math.max(1, d.toSeconds()) + " s")
                .orElse("retry in a minute");
    }

    private static Optional<Duration> retryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> reset(String rateLimit) {
        if (rateLimit == null) {
            return Optional.empty();
        }
        Matcher m = RESET.matcher(rateLimit);
        return m.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1)))) : Optional.empty();
    }
}
