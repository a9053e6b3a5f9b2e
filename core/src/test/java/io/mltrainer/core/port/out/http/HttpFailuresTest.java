package io.mltrainer.core.port.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.port.out.http.HttpFailure.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpFailuresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private static Optional<HttpFailure> classify(int status, Map<String, String> headers) {
        return HttpFailures.classify(status, headers::get, CLOCK);
    }

    @Test
    void successes_and_redirects_are_no_failure() {
        assertThat(HttpFailures.classify(200)).isEmpty();
        assertThat(HttpFailures.classify(302)).isEmpty();
    }

    @Test
    void classifies_each_status_family() {
        assertThat(HttpFailures.classify(401)).map(HttpFailure::kind).contains(Kind.AUTHENTICATION);
        assertThat(HttpFailures.classify(403)).map(HttpFailure::kind).contains(Kind.AUTHENTICATION);
        assertThat(HttpFailures.classify(404)).map(HttpFailure::kind).contains(Kind.NOT_FOUND);
        assertThat(HttpFailures.classify(410)).map(HttpFailure::kind).contains(Kind.NOT_FOUND);
        assertThat(HttpFailures.classify(429)).map(HttpFailure::kind).contains(Kind.RATE_LIMITED);
        assertThat(HttpFailures.classify(408)).map(HttpFailure::kind).contains(Kind.UNAVAILABLE);
        assertThat(HttpFailures.classify(503)).map(HttpFailure::kind).contains(Kind.UNAVAILABLE);
        assertThat(HttpFailures.classify(400)).map(HttpFailure::kind).contains(Kind.REJECTED);
        assertThat(HttpFailures.classify(409)).map(HttpFailure::kind).contains(Kind.REJECTED);
    }

    @Test
    void only_rate_limits_and_unavailable_services_are_retryable() {
        assertThat(HttpFailures.classify(429).orElseThrow().retryable()).isTrue();
        assertThat(HttpFailures.classify(502).orElseThrow().retryable()).isTrue();
        assertThat(HttpFailures.classify(401).orElseThrow().retryable()).isFalse();
        assertThat(HttpFailures.classify(422).orElseThrow().retryable()).isFalse();
    }

    @Test
    void a_rate_limit_carries_the_wait_the_service_asked_for() {
        assertThat(classify(429, Map.of("Retry-After", "12")).orElseThrow().retryAfter())
                .contains(Duration.ofSeconds(12));
        assertThat(classify(503, Map.of("Retry-After", "Sat, 28 Nov 2026 10:01:00 GMT"))
                        .orElseThrow()
                        .retryAfter())
                .contains(Duration.ofMinutes(1));
    }

    @Test
    void a_client_error_ignores_retry_after() {
        assertThat(classify(400, Map.of("Retry-After", "12")).orElseThrow().retryAfter())
                .isEmpty();
    }

    @Test
    void an_error_status_outside_the_http_range_is_a_rejected_request() {
        assertThat(HttpFailures.kindOfError(200)).isEqualTo(Kind.REJECTED);
        assertThat(HttpFailures.kindOfError(1001)).isEqualTo(Kind.REJECTED);
        assertThat(HttpFailures.kindOfError(503)).isEqualTo(Kind.UNAVAILABLE);
    }
}
