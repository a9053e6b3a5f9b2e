package io.mltrainer.llm;

import static io.mltrainer.core.domain.LlmProvider.ANTHROPIC;
import static io.mltrainer.core.domain.LlmProvider.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatMessage;
import io.mltrainer.core.port.out.llm.ChatReply;
import io.mltrainer.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmRouterFailoverTest {
    private final RouterFixture fixture =
            new RouterFixture().configured(ANTHROPIC).configured(OPENAI);

    @AfterEach
    void closeFakes() {
        fixture.close();
    }

    @Test
    void answers_from_the_second_provider_when_the_first_answers_500() {
        fixture.fake(ANTHROPIC).enqueue(Wire.error(500, "{\"type\":\"error\",\"error\":{\"type\":\"api_error\"}}"));
        fixture.fake(OPENAI).enqueue(Wire.text(OPENAI, "OpenAI here.", 5, 3));
        LlmRouter router = fixture.router();

        ChatReply reply = router.chat(RouterFixture.ask("hi")).orElseThrow();

        assertThat(reply.provider()).isEqualTo(OPENAI);
        assertThat(reply.text()).isEqualTo("OpenAI here.");
        assertThat(router.breaker(ANTHROPIC).getMetrics().getNumberOfFailedCalls())
                .isEqualTo(1);
        assertThat(fixture.events())
                .extracting(JobEvent.LlmCalled::provider, JobEvent.LlmCalled::outcome)
                .containsExactly(tuple("anthropic", "failed: 500"), tuple("openai", "ok"));
    }

    @Test
    void answers_from_the_second_provider_when_the_first_times_out() {
        fixture.timeout(Duration.ofMillis(300));
        fixture.fake(ANTHROPIC)
                .enqueue(new MockResponse.Builder()
                        .headersDelay(3, TimeUnit.SECONDS)
                        .body("{}")
                        .build());
        fixture.fake(OPENAI).enqueue(Wire.text(OPENAI, "OpenAI here.", 5, 3));

        ChatReply reply = fixture.router().chat(RouterFixture.ask("hi")).orElseThrow();

        assertThat(reply.provider()).isEqualTo(OPENAI);
        assertThat(fixture.events()).first().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("failed: timeout");
            assertThat(e.durationMs()).isBetween(250L, 2_500L);
        });
    }

    @Test
    void answers_empty_when_every_provider_fails() {
        fixture.fake(ANTHROPIC).enqueue(Wire.serverError(ANTHROPIC));
        fixture.fake(OPENAI).enqueue(Wire.serverError(OPENAI));

        Optional<ChatReply> reply = fixture.router().chat(RouterFixture.ask("hi"));

        assertThat(reply).isEmpty();
        assertThat(fixture.events())
                .extracting(JobEvent.LlmCalled::outcome)
                .containsExactly("failed: 529", "failed: 500");
    }

    @Test
    void answers_empty_without_a_request_when_nothing_is_configured() {
        RouterFixture bare = new RouterFixture();

        Optional<ChatReply> reply = bare.router().chat(RouterFixture.ask("hi"));

        assertThat(reply).isEmpty();
        assertThat(bare.events()).isEmpty();
    }

    @Test
    void does_not_retry_a_refused_key_and_fails_over() {
        fixture.fake(ANTHROPIC).enqueue(Wire.unauthorized(ANTHROPIC));
        fixture.fake(ANTHROPIC).enqueue(Wire.text(ANTHROPIC, "a retry would get this", 1, 1));
        fixture.fake(OPENAI).enqueue(Wire.text(OPENAI, "OpenAI here.", 5, 3));
        LlmRouter router = fixture.router();

        ChatReply reply = router.chat(RouterFixture.ask("hi")).orElseThrow();

        assertThat(reply.provider()).isEqualTo(OPENAI);
        assertThat(fixture.fake(ANTHROPIC).getRequestCount()).isEqualTo(1);
        assertThat(router.breaker(ANTHROPIC).getMetrics().getNumberOfFailedCalls())
                .as("a refused key says nothing about the provider's health")
                .isZero();
    }

    @Test
    void does_not_retry_a_bad_request_and_fails_over() {
        fixture.fake(ANTHROPIC).enqueue(Wire.error(400, """
                {"type": "error", "error": {"type": "invalid_request_error", "message": "max_tokens: too large"}}"""));
        fixture.fake(OPENAI).enqueue(Wire.text(OPENAI, "OpenAI here.", 5, 3));

        ChatReply reply = fixture.router().chat(RouterFixture.ask("hi")).orElseThrow();

        assertThat(reply.provider()).isEqualTo(OPENAI);
        assertThat(fixture.fake(ANTHROPIC).getRequestCount()).isEqualTo(1);
        assertThat(fixture.events())
                .first()
                .extracting(JobEvent.LlmCalled::outcome)
                .isEqualTo("failed: 400");
    }

    @Test
    void retries_a_rate_limit_once_after_the_wait_it_asks_for() {
        fixture.fake(ANTHROPIC).enqueue(rateLimited("1"));
        fixture.fake(ANTHROPIC).enqueue(Wire.text(ANTHROPIC, "after the wait", 5, 3));
        long started = System.nanoTime();

        ChatReply reply = fixture.router().chat(RouterFixture.ask("hi")).orElseThrow();

        assertThat(reply.provider()).isEqualTo(ANTHROPIC);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(fixture.fake(ANTHROPIC).getRequestCount()).isEqualTo(2);
        assertThat(fixture.fake(OPENAI).getRequestCount()).isZero();
        assertThat(fixture.events()).extracting(JobEvent.LlmCalled::outcome).containsExactly("failed: 429", "ok");
    }

    @Test
    void fails_over_at_once_when_a_rate_limit_asks_for_a_long_wait() {
        fixture.fake(ANTHROPIC).enqueue(rateLimited("120"));
        fixture.fake(OPENAI).enqueue(Wire.text(OPENAI, "OpenAI here.", 5, 3));

        ChatReply reply = fixture.router().chat(RouterFixture.ask("hi")).orElseThrow();

        assertThat(reply.provider()).isEqualTo(OPENAI);
        assertThat(fixture.fake(ANTHROPIC).getRequestCount()).isEqualTo(1);
    }

    @Test
    void skips_a_provider_whose_circuit_is_open_without_a_request() {
        LlmRouter router = fixture.router(new BreakerPolicy(2, 2, 50f, Duration.ofMinutes(5)));
        for (int i = 0; i < 2; i++) {
            fixture.fake(ANTHROPIC).enqueue(Wire.serverError(ANTHROPIC));
            fixture.fake(OPENAI).enqueue(Wire.text(OPENAI, "OpenAI here.", 5, 3));
            router.chat(RouterFixture.ask("hi"));
        }
        fixture.fake(OPENAI).enqueue(Wire.text(OPENAI, "OpenAI again.", 5, 3));

        ChatReply reply = router.chat(RouterFixture.ask("hi")).orElseThrow();

        assertThat(router.breaker(ANTHROPIC).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(reply.text()).isEqualTo("OpenAI again.");
        assertThat(fixture.fake(ANTHROPIC).getRequestCount()).isEqualTo(2);
        assertThat(fixture.events())
                .filteredOn(e -> e.provider().equals("anthropic"))
                .last()
                .extracting(JobEvent.LlmCalled::outcome)
                .isEqualTo("skipped: circuit open");
    }

    @Test
    void lets_a_trial_call_through_once_the_open_period_has_passed() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-28T10:00:00Z"));
        fixture.clock = clock;
        LlmRouter router = fixture.router(new BreakerPolicy(1, 1, 50f, Duration.ofSeconds(30)));
        fixture.fake(ANTHROPIC).enqueue(Wire.serverError(ANTHROPIC));
        fixture.fake(OPENAI).enqueue(Wire.text(OPENAI, "OpenAI here.", 5, 3));
        router.chat(RouterFixture.ask("hi"));
        fixture.fake(ANTHROPIC).enqueue(Wire.text(ANTHROPIC, "Anthropic is back.", 5, 3));

        clock.advance(Duration.ofSeconds(31));
        ChatReply reply = router.chat(RouterFixture.ask("hi")).orElseThrow();

        assertThat(reply.provider()).isEqualTo(ANTHROPIC);
        assertThat(router.breaker(ANTHROPIC).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void publishes_no_event_for_a_call_outside_a_build() {
        fixture.fake(ANTHROPIC).enqueue(Wire.text(ANTHROPIC, "hi", 1, 1));
        var call = new ChatCall(RouterFixture.OWNER, null, List.of(new ChatMessage.User("hi")), List.of(), false, null);

        fixture.router().chat(call);

        assertThat(fixture.events()).isEmpty();
    }

    private static MockResponse rateLimited(String retryAfter) {
        return new MockResponse.Builder()
                .code(429)
                .addHeader("retry-after", retryAfter)
                .addHeader("anthropic-ratelimit-requests-remaining", "0")
                .body("""
                        {"type": "error", "error": {"type": "rate_limit_error", "message": "Number of requests \
                        has exceeded your per-minute rate limit"}}""")
                .build();
    }
}
