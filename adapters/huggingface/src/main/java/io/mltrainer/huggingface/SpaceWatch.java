package io.mltrainer.huggingface;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Watches a new Space's runtime until it is settled (running, or failed with an error) or {@code patience} has
 * passed; the last state seen is the answer either way (a Space still building after that is reported as such).
 */
public record SpaceWatch(Duration every, Duration patience) {
    public static final SpaceWatch DEFAULT = new SpaceWatch(Duration.ofSeconds(5), Duration.ofMinutes(5));

    public SpaceWatch {
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("the polling interval must be positive");
        }
    }

    SpaceRuntime until(Supplier<SpaceRuntime> runtime) {
        int attempts = (int) Math.max(1, Math.min(10_000, patience.toMillis() / every.toMillis()));
        RetryConfig config = RetryConfig.<SpaceRuntime>custom()
                .maxAttempts(attempts)
                .retryOnResult(r -> !r.settled())
                .retryOnException(e -> false)
                .intervalFunction(IntervalFunction.of(every))
                .failAfterMaxAttempts(false)
                .build();
        return Retry.decorateSupplier(Retry.of("space", config), runtime).get();
    }
}
