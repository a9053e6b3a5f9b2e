package io.mltrainer.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.domain.OwnerModel;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.port.out.llm.ChatReply;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers each call from the first provider that can: the build owner's own key, then the configured providers in
 * order; empty when none can, and the caller runs offline. Each provider has a circuit breaker (an open one is
 * skipped without a request); a 429 with a short {@code retry-after} is retried once on the same provider; every
 * other failure moves on to the next provider within the same call.
 */
public final class LlmRouter implements ChatModelPort {
    private static final Logger LOG = LoggerFactory.getLogger(LlmRouter.class);

    private final LlmSettings settings;
    private final SecretVault vault;
    private final LlmEvents events;
    private final Clock clock;
    private final OkHttpClient http = new OkHttpClient();
    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;
    private final List<Candidate> configured;

    public LlmRouter(LlmSettings settings, SecretVault vault, EventBus events, Clock clock) {
        this(settings, vault, events, clock, BreakerPolicy.DEFAULT);
    }

    public LlmRouter(LlmSettings settings, SecretVault vault, EventBus events, Clock clock, BreakerPolicy breakers) {
        this.settings = settings;
        this.vault = vault;
        this.events = new LlmEvents(events);
        this.clock = clock;
        this.breakers = CircuitBreakerRegistry.of(breakers.config(clock));
        this.retries = RetryRegistry.of(rateLimitRetry(settings.longestRetryAfter()));
        this.configured = settings.configured().stream()
                .map(p -> candidate(settings.endpoint(p), settings.keys().get(p)))
                .toList();
    }

    @Override
    public Optional<ChatReply> chat(ChatCall call) {
        List<ToolSpecification> tools =
                call.tools().stream().map(ToolSchemas::toSpecification).toList();
        List<Candidate> candidates =
                Stream.concat(owner(call).stream(), configured.stream()).toList();
        Optional<ChatReply> reply = candidates.stream()
                .map(candidate -> ask(candidate, call, tools))
                .flatMap(Optional::stream)
                .findFirst();
        if (reply.isEmpty() && !candidates.isEmpty()) {
            LOG.warn("no language model answered; the caller goes on offline");
        }
        return reply;
    }

    /** The breaker of a provider, for health reports. */
    public CircuitBreaker breaker(LlmProvider provider) {
        return breakers.circuitBreaker(provider.id());
    }

    /** The owner's model with their key, revealed now and held only by this call's model client. */
    private Optional<Candidate> owner(ChatCall call) {
        OwnerModel owner = call.ownerModel();
        if (owner == null) {
            return Optional.empty();
        }
        Endpoint endpoint = settings.endpoint(owner.provider()).withModel(owner.model());
        if (owner.provider() == LlmProvider.OLLAMA) {
            return Optional.of(candidate(endpoint, null));
        }
        Optional<ApiKey> key = Optional.ofNullable(owner.key())
                .flatMap(ref -> vault.reveal(call.owner(), ref).flatMap(ApiKey::parse));
        if (key.isEmpty()) {
            LOG.warn(
                    "the owner's {} key {} is not in the vault or not a key",
                    owner.provider().id(),
                    owner.key());
            events.skipped(call.jobId(), endpoint, "owner key unavailable");
        }
        return key.map(k -> candidate(endpoint, k));
    }

    private Optional<ChatReply> ask(Candidate candidate, ChatCall call, List<ToolSpecification> tools) {
        LlmProvider provider = candidate.endpoint().provider();
        ChatRequest request = ChatRequests.of(call, provider, tools);
        Retry retry = retries.retry(provider.id());
        try {
            return Optional.of(breaker(provider)
                    .executeSupplier(Retry.decorateSupplier(retry, () -> once(candidate, call, request))));
        } catch (CallNotPermittedException e) {
            LOG.info("{} is skipped: its circuit is open", provider.id());
            events.skipped(call.jobId(), candidate.endpoint(), "circuit open");
        } catch (ProviderException e) {
            LOG.warn(
                    "{} ({}) {}; trying the next provider",
                    provider.id(),
                    candidate.endpoint().model(),
                    e.getMessage());
        }
        return Optional.empty();
    }

    private ChatReply once(Candidate candidate, ChatCall call, ChatRequest request) {
        Endpoint endpoint = candidate.endpoint();
        long started = clock.millis();
        ChatResponse response;
        try {
            response = candidate.model().chat(request);
        } catch (RuntimeException e) {
            ProviderFailure failure = ProviderFailure.classify(e);
            events.failed(call.jobId(), endpoint, clock.millis() - started, failure);
            throw new ProviderException(failure);
        }
        String model = response.modelName() != null ? response.modelName() : endpoint.model();
        events.answered(call.jobId(), endpoint, model, clock.millis() - started, response.tokenUsage());
        return MessageMapping.toReply(response.aiMessage(), endpoint.provider(), model);
    }

    private Candidate candidate(Endpoint endpoint, ApiKey key) {
        return new Candidate(
                endpoint,
                ChatModels.create(endpoint, key, settings.timeout(), new OkHttpTransportBuilder(http, clock)));
    }

    /** One more try on the same provider, only for a 429 that asks for a short wait, after exactly that wait. */
    private static RetryConfig rateLimitRetry(Duration longest) {
        return RetryConfig.<ChatReply>custom()
                .maxAttempts(2)
                .retryOnException(t -> wait(t, longest).isPresent())
                .intervalBiFunction((attempt, outcome) -> outcome.isLeft()
                        ? wait(outcome.getLeft(), longest).orElse(Duration.ZERO).toMillis()
                        : 0L)
                .build();
    }

    private static Optional<Duration> wait(Throwable thrown, Duration longest) {
        return thrown instanceof ProviderException e ? e.failure().retryWithin(longest) : Optional.empty();
    }
}
