package io.mltrainer.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * When a provider's breaker opens and for how long. Only the provider's own faults count (5xx, timeouts, no
 * connection); refused keys, bad requests and rate limits neither open nor close it, because the owner's key and the
 * configured key share one breaker per provider.
 *
 * @param window the last calls the failure rate is computed over
 * @param minimumCalls calls needed before the breaker may open
 * @param failureRatePercent the failure rate that opens it
 * @param openFor how long an open breaker skips its provider before letting trial calls through
 */
public record BreakerPolicy(int window, int minimumCalls, float failureRatePercent, Duration openFor) {
    public static final BreakerPolicy DEFAULT = new BreakerPolicy(10, 3, 50f, Duration.ofSeconds(30));

    public BreakerPolicy {
        Objects.requireNonNull(openFor, "openFor");
        if (window < 1 || minimumCalls < 1 || failureRatePercent <= 0 || failureRatePercent > 100) {
            throw new IllegalArgumentException("window and minimumCalls >= 1, failure rate in (0, 100]");
        }
    }

    CircuitBreakerConfig config(Clock clock) {
        return CircuitBreakerConfig.custom()
                .slidingWindow(window, minimumCalls, SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(failureRatePercent)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(ProviderException::providerFault)
                .ignoreException(t -> !ProviderException.providerFault(t))
                .clock(clock)
                .build();
    }
}
