package io.mltrainer.llm;

import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.domain.OwnerModel;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatMessage;
import io.mltrainer.core.port.out.llm.ToolSpec;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;

/** Loopback fakes of the providers, a vault, an event log, and a router wired to them. */
final class RouterFixture implements AutoCloseable {
    static final JobId JOB = new JobId("k7q2mxa4");
    static final String OWNER = "ada";

    final InMemoryJobEventLog log = new InMemoryJobEventLog();
    final TinyVault vault = new TinyVault();
    private final Map<LlmProvider, MockWebServer> servers = new EnumMap<>(LlmProvider.class);
    private LlmSettings settings = LlmSettings.none().withTimeout(Duration.ofSeconds(5));
    Clock clock = Clock.systemUTC();

    /** The provider's fake, started on first use, and the settings pointed at it. */
    MockWebServer fake(LlmProvider provider) {
        return servers.computeIfAbsent(provider, p -> {
            MockWebServer server = new MockWebServer();
            try {
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            settings = settings.withEndpoint(
                    settings.endpoint(p).withBaseUrl(server.url(pathOf(p)).toString()));
            return server;
        });
    }

    /** Configures {@code provider} as the operator would, with the operator's key. */
    RouterFixture configured(LlmProvider provider) {
        fake(provider);
        settings = provider == LlmProvider.OLLAMA
                ? settings.withOllama(true)
                : settings.withKey(provider, new ApiKey(operatorKey(provider)));
        return this;
    }

    RouterFixture timeout(Duration timeout) {
        settings = settings.withTimeout(timeout);
        return this;
    }

    LlmSettings settings() {
        return settings;
    }

    LlmRouter router() {
        return router(BreakerPolicy.DEFAULT);
    }

    LlmRouter router(BreakerPolicy policy) {
        return new LlmRouter(settings, vault, new EventBus(log, clock), clock, policy);
    }

    List<JobEvent.LlmCalled> events() {
        return log.events(JOB, JobEvent.LlmCalled.class);
    }

    static String operatorKey(LlmProvider provider) {
        return "operator-" + provider.id() + "-key-0000";
    }

    static ChatCall ask(String question) {
        return new ChatCall(OWNER, JOB, List.of(new ChatMessage.User(question)), List.of(), false, null);
    }

    static ChatCall ask(String question, OwnerModel owner) {
        return new ChatCall(OWNER, JOB, List.of(new ChatMessage.User(question)), List.of(), false, owner);
    }

    static ToolSpec hfTokenTool() {
        return new ToolSpec("validate_hf_token", "Checks a Hugging Face token.", """
                {"type": "object",
                 "properties": {"token": {"type": "string", "description": "a secret reference"},
                                "namespace": {"type": ["string", "null"]}},
                 "required": ["token"]}
                """);
    }

    /** The path each provider's base URL ends with, as CONTRACTS.md writes them. */
    private static String pathOf(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC, OLLAMA -> "/";
            case OPENAI -> "/v1";
            case GEMINI -> "/v1beta";
            case GROQ -> "/openai/v1";
        };
    }

    @Override
    public void close() {
        servers.values().forEach(MockWebServer::close);
    }
}
