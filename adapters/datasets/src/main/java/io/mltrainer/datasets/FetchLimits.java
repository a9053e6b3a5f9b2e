package io.mltrainer.datasets;

import java.time.Duration;

/**
 * What one URL download may take: at most {@code maxBytes}, all redirects and the body within {@code deadline}.
 * A download that needs more is refused, so that no build holds a worker for longer.
 */
public record FetchLimits(long maxBytes, Duration deadline) {
    public static final FetchLimits DEFAULTS = new FetchLimits(100L * 1024 * 1024, Duration.ofMinutes(5));

    public FetchLimits {
        if (maxBytes <= 0 || deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("a download needs a positive size cap and deadline");
        }
    }
}
