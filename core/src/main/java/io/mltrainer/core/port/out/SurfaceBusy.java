package io.mltrainer.core.port.out;

import java.time.Duration;
import java.util.Objects;

/** The platform refused a call for now (HTTP 429); {@code retryAfter} is how long it asked to wait. */
public final class SurfaceBusy extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    public SurfaceBusy(Duration retryAfter, Throwable cause) {
        super("rate limited, retry after " + retryAfter.toMillis() + " ms", cause);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
