package io.mltrainer.core.port.out.http;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Turns an HTTP status (and its {@code Retry-After} header) into an {@link HttpFailure}; 1xx–3xx are none. */
public final class HttpFailures {
    private HttpFailures() {}

    /**
     * @param headers the answer's header lookup by name, case-insensitive (OkHttp's {@code response::header})
     */
    public static Optional<HttpFailure> classify(int status, UnaryOperator<String> headers, Clock clock) {
        if (status < 400 || status > 599) {
            return Optional.empty();
        }
        HttpFailure.Kind kind = kind(status);
        return Optional.of(new HttpFailure(
                kind,
                status,
                kind.retryable() ? RetryAfter.parse(headers.apply("Retry-After"), clock) : Optional.empty()));
    }

    /** For answers whose headers are gone (a status kept in an exception, a JSON {@code code}): no wait known. */
    public static Optional<HttpFailure> classify(int status) {
        return status < 400 || status > 599
                ? Optional.empty()
                : Optional.of(new HttpFailure(kind(status), status, Optional.empty()));
    }

    /**
     * The kind of a status the caller already knows is an error (a non-2xx answer, a JSON {@code code}); one outside
     * 400–599 says nothing usable and is {@link HttpFailure.Kind#REJECTED}.
     */
    public static HttpFailure.Kind kindOfError(int status) {
        return status < 400 || status > 599 ? HttpFailure.Kind.REJECTED : kind(status);
    }

    private static HttpFailure.Kind kind(int status) {
        return switch (status) {
            case 401, 403 -> HttpFailure.Kind.AUTHENTICATION;
            case 404, 410 -> HttpFailure.Kind.NOT_FOUND;
            case 429 -> HttpFailure.Kind.RATE_LIMITED;
            case 408 -> HttpFailure.Kind.UNAVAILABLE;
            default -> status >= 500 ? HttpFailure.Kind.UNAVAILABLE : HttpFailure.Kind.REJECTED;
        };
    }
}
