package io.mltrainer.huggingface;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.http.HttpFailure;
import io.mltrainer.core.port.out.http.HttpFailures;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Retries of one Hub or storage call, as the official client retries them: an unreachable service, 408, 429 and 5xx
 * answers are tried again, waiting what {@code Retry-After} (or the rate-limit reset) asks for, else an exponential
 * backoff from {@code base}; after the last attempt the last answer is returned for the caller to classify.
 */
final class HubRetry {
    static final int ATTEMPTS = 5;
    /** The longest wait between two attempts, whatever the service asks for. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final Duration base;
    private final Clock clock;

    HubRetry(Duration base, Clock clock) {
        this.base = base;
        this.clock = clock;
    }

    /** {@code call}, retried while its answer says the service is busy or down. */
    HubReply busy(String name, Supplier<HubReply> call) {
        return Retry.decorateSupplier(retry(name, HubRetry::busy), call).get();
    }

    /** {@code call}, retried while the Hub answers 409 "another conflicting operation is in progress". */
    HubReply conflicting(String name, Supplier<HubReply> call) {
        return Retry.decorateSupplier(retry(name, HubRetry::conflicting), call).get();
    }

    static boolean busy(HubReply reply) {
        return HttpFailures.classify(reply.code())
                .filter(HttpFailure::retryable)
                .isPresent();
    }

    static boolean conflicting(HubReply reply) {
        return reply.code() == 409
                && reply.error().toLowerCase(java.util.Locale.ROOT).contains("conflicting");
    }

    private Retry retry(String name, Predicate<HubReply> again) {
        RetryConfig config = RetryConfig.<HubReply>custom()
                .maxAttempts(ATTEMPTS)
                .retryOnResult(again)
                .retryOnException(e -> e instanceof StageException s && s.kind() == FailureKind.TRANSIENT)
                .intervalBiFunction(interval())
                .failAfterMaxAttempts(false)
                .build();
        return Retry.of(name, config);
    }

    private IntervalBiFunction<HubReply> interval() {
        return (attempt, outcome) -> wait(attempt, outcome).toMillis();
    }

    private Duration wait(int attempt, Either<Throwable, HubReply> outcome) {
        Duration backoff = base.multipliedBy(1L << Math.min(attempt - 1, 10));
        if (outcome.isRight()) {
            Duration asked = RetryWait.of(outcome.get().headers(), clock).orElse(backoff);
            return asked.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : asked;
        }
        return backoff;
    }
}
