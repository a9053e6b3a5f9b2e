package io.mltrainer.core.port.out.http;

import java.time.Duration;
import java.util.Optional;

/**
 * A non-success HTTP answer, classified once for every adapter: each adapter only words the message for its service.
 *
 * @param kind what the status means for the caller
 * @param status the HTTP status (400–599)
 * @param retryAfter the wait the service asked for ({@code Retry-After}), if it said
 */
public record HttpFailure(Kind kind, int status, Optional<Duration> retryAfter) {
    public HttpFailure {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an HTTP failure status: " + status);
        }
    }

    /** What a failing status means, whatever the service. */
    public enum Kind {
        /** 401 or 403: the credential is missing, wrong, or lacks a permission. */
        AUTHENTICATION(false),
        /** 404 or 410: the thing asked for is not there. */
        NOT_FOUND(false),
        /** 429: too many requests for now; {@link #retryAfter()} says how long to wait when the service said. */
        RATE_LIMITED(true),
        /** 408 or 5xx: the service is slow, down or broken for now. */
        UNAVAILABLE(true),
        /** Any other 4xx: the request itself is wrong; sending it again changes nothing. */
        REJECTED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        /** Whether sending the same request later may succeed. */
        public boolean retryable() {
            return retryable;
        }
    }

    /** Whether sending the same request later may succeed. */
    public boolean retryable() {
        return kind.retryable();
    }

    /** 403: a credential that is valid but not allowed this (401 is one that was not accepted). */
    public boolean forbidden() {
        return status == 403;
    }

    /** 408: the service gave up waiting for the request. */
    public boolean timedOut() {
        return status == 408;
    }
}
