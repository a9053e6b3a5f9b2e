package io.mltrainer.huggingface;

import io.mltrainer.core.port.out.http.RetryAfter;
import java.time.Clock;
import java.time.Duration;
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
        return RetryAfter.parse(headers.get("Retry-After"), clock).or(() -> reset(headers.get("RateLimit")));
    }

    /** "retry in 30 s", or "retry in a minute" when the service did not say. */
    static String phrase(Headers headers, Clock clock) {
        return RetryAfter.advice(of(headers, clock));
    }

    private static Optional<Duration> reset(String rateLimit) {
        if (rateLimit == null) {
            return Optional.empty();
        }
        Matcher m = RESET.matcher(rateLimit);
        return m.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1)))) : Optional.empty();
    }
}
