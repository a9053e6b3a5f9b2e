package io.mltrainer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderFailureTest {

    @Test
    void classifies_the_status_that_langchain4j_wrapped() {
        ProviderFailure refused = ProviderFailure.classify(
                new AuthenticationException(new ProviderHttpException(401, Optional.empty(), Optional.empty())));

        assertThat(refused.kind()).isEqualTo(ProviderFailure.Kind.AUTHENTICATION);
        assertThat(refused.providerFault()).isFalse();
        assertThat(refused.outcome()).isEqualTo("failed: 401");
    }

    @Test
    void maps_each_status_family_to_the_same_kind_as_before() {
        assertThat(kindOf(403)).isEqualTo(ProviderFailure.Kind.AUTHENTICATION);
        assertThat(kindOf(404)).isEqualTo(ProviderFailure.Kind.MODEL_NOT_FOUND);
        assertThat(kindOf(408)).isEqualTo(ProviderFailure.Kind.TIMEOUT);
        assertThat(kindOf(429)).isEqualTo(ProviderFailure.Kind.RATE_LIMITED);
        assertThat(kindOf(422)).isEqualTo(ProviderFailure.Kind.BAD_REQUEST);
        assertThat(kindOf(503)).isEqualTo(ProviderFailure.Kind.SERVER_ERROR);
    }

    private static ProviderFailure.Kind kindOf(int status) {
        return ProviderFailure.classify(new ProviderHttpException(status, Optional.empty(), Optional.empty()))
                .kind();
    }

    @Test
    void retries_a_rate_limit_only_when_its_wait_is_short() {
        ProviderFailure shortWait = ProviderFailure.classify(new RateLimitException(
                new ProviderHttpException(429, Optional.empty(), Optional.of(Duration.ofSeconds(2)))));
        ProviderFailure longWait = ProviderFailure.classify(new RateLimitException(
                new ProviderHttpException(429, Optional.empty(), Optional.of(Duration.ofSeconds(60)))));

        assertThat(shortWait.retryWithin(Duration.ofSeconds(10))).contains(Duration.ofSeconds(2));
        assertThat(longWait.retryWithin(Duration.ofSeconds(10))).isEmpty();
    }

    @Test
    void counts_timeouts_and_refused_connections_against_the_provider() {
        ProviderFailure timeout = ProviderFailure.classify(new TimeoutException(new java.net.SocketTimeoutException()));
        ProviderFailure down = ProviderFailure.classify(new UncheckedIOException(new ConnectException("refused")));

        assertThat(timeout.outcome()).isEqualTo("failed: timeout");
        assertThat(down.outcome()).isEqualTo("failed: unreachable");
        assertThat(timeout.providerFault()).isTrue();
        assertThat(down.providerFault()).isTrue();
    }

    @Test
    void takes_geminis_retry_delay_from_its_error_body() {
        String body = """
                {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED",
                           "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "13s"}]}}""";

        assertThat(ErrorBodies.retryDelay(body)).contains("13");
        assertThat(ErrorBodies.code(body)).contains("RESOURCE_EXHAUSTED");
    }
}
