package io.mltrainer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import io.mltrainer.core.port.out.http.HttpFailure;
import io.mltrainer.core.port.out.http.HttpFailures;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Why one attempt at a provider failed, classified where it happened. {@code status} is 0 when no HTTP answer came.
 */
record ProviderFailure(Kind kind, int status, Optional<Duration> retryAfter) {

    enum Kind {
        /** 401/403: the key is wrong; another try with it fails the same way. */
        AUTHENTICATION(false),
        /** 400 and other 4xx: our request or the configured model; not retried. */
        BAD_REQUEST(false),
        MODEL_NOT_FOUND(false),
        RATE_LIMITED(false),
        TIMEOUT(true),
        SERVER_ERROR(true),
        UNREACHABLE(true),
        /** A malformed answer or something nobody expected. */
        UNEXPECTED(true);

        private final boolean providerFault;

        Kind(boolean providerFault) {
            this.providerFault = providerFault;
        }
    }

    static ProviderFailure classify(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProviderHttpException e) {
                return ofStatus(e.statusCode(), e.retryAfter());
            }
            if (t instanceof HttpException e) {
                return ofStatus(e.statusCode(), Optional.empty());
            }
            Optional<Kind> kind = kindOf(t);
            if (kind.isPresent()) {
                return new ProviderFailure(kind.get(), 0, Optional.empty());
            }
        }
        return new ProviderFailure(Kind.UNEXPECTED, 0, Optional.empty());
    }

    /**
     * Whether the provider itself is unwell (and its breaker should count it); a refused key, a bad request or a
     * rate limit says something about the key or the request, and the owner's key shares the breaker.
     */
    boolean providerFault() {
        return kind.providerFault;
    }

    /** How long to wait before the one retry on the same provider, if this failure deserves it. */
    Optional<Duration> retryWithin(Duration longest) {
        return kind == Kind.RATE_LIMITED ? retryAfter.filter(d -> d.compareTo(longest) <= 0) : Optional.empty();
    }

    /** For events: {@code failed: 500}, {@code failed: timeout}. */
    String outcome() {
        return "failed: " + (status > 0 ? String.valueOf(status) : kind.name().toLowerCase(Locale.ROOT));
    }

    private static ProviderFailure ofStatus(int status, Optional<Duration> retryAfter) {
        Kind kind = HttpFailures.classify(status).map(ProviderFailure::kindOf).orElse(Kind.UNEXPECTED);
        return new ProviderFailure(kind, status, retryAfter);
    }

    private static Kind kindOf(HttpFailure failure) {
        return switch (failure.kind()) {
            case AUTHENTICATION -> Kind.AUTHENTICATION;
            case NOT_FOUND -> Kind.MODEL_NOT_FOUND;
            case RATE_LIMITED -> Kind.RATE_LIMITED;
            case UNAVAILABLE -> failure.timedOut() ? Kind.TIMEOUT : Kind.SERVER_ERROR;
            case REJECTED -> Kind.BAD_REQUEST;
        };
    }

    private static Optional<Kind> kindOf(Throwable t) {
        if (t instanceof dev.langchain4j.exception.TimeoutException
                || t instanceof java.io.InterruptedIOException
                || t instanceof HttpTimeoutException) {
            return Optional.of(Kind.TIMEOUT);
        }
        if (t instanceof ConnectException
                || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException
                || t instanceof UnresolvedAddressException
                || t instanceof UnresolvedModelServerException) {
            return Optional.of(Kind.UNREACHABLE);
        }
        if (t instanceof UnsupportedFeatureException) {
            return Optional.of(Kind.BAD_REQUEST);
        }
        return Optional.empty();
    }
}
