package io.mltrainer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatMessage;
import io.mltrainer.core.port.out.llm.ChatReply;
import io.mltrainer.core.port.out.llm.ToolCall;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProviderWireTest {
    private final RouterFixture fixture = new RouterFixture();

    @AfterEach
    void closeFakes() {
        fixture.close();
    }

    @ParameterizedTest
    @EnumSource(LlmProvider.class)
    void answers_in_plain_text_with_the_providers_wire_format(LlmProvider provider) throws Exception {
        fixture.configured(provider).fake(provider).enqueue(Wire.text(provider, "Hello from the model.", 12, 6));

        ChatReply reply = fixture.router().chat(RouterFixture.ask("hi")).orElseThrow();

        assertThat(reply.text()).isEqualTo("Hello from the model.");
        assertThat(reply.provider()).isEqualTo(provider);
        RecordedRequest request = fixture.fake(provider).takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo(chatPath(provider));
        assertThat(authHeader(provider, request)).isEqualTo(expectedAuth(provider));
    }

    @ParameterizedTest
    @EnumSource(LlmProvider.class)
    void reports_provider_model_duration_and_token_counts(LlmProvider provider) {
        fixture.configured(provider).fake(provider).enqueue(Wire.text(provider, "ok", 12, 6));

        fixture.router().chat(RouterFixture.ask("hi"));

        assertThat(fixture.events()).singleElement().satisfies(e -> {
            assertThat(e.provider()).isEqualTo(provider.id());
            assertThat(e.model()).isEqualTo(Wire.model(provider));
            assertThat(e.durationMs()).isGreaterThanOrEqualTo(0);
            assertThat(e.inputTokens()).isEqualTo(12);
            assertThat(e.outputTokens()).isEqualTo(6);
            assertThat(e.outcome()).isEqualTo("ok");
        });
    }

    @ParameterizedTest
    @EnumSource(LlmProvider.class)
    void runs_a_tool_call_round_trip(LlmProvider provider) throws Exception {
        var fake = fixture.configured(provider).fake(provider);
        fake.enqueue(Wire.toolCall(provider, "toolu_01A09q90qw90lq9", "validate_hf_token", """
                {"token": "secret:hf_token:a1b2c3"}"""));
        fake.enqueue(Wire.text(provider, "Your token works.", 480, 9));
        LlmRouter router = fixture.router();
        List<ChatMessage> asked = List.of(new ChatMessage.User("check my token secret:hf_token:a1b2c3"));

        ChatReply first = router.chat(call(asked)).orElseThrow();
        ToolCall toolCall = first.toolCalls().get(0);
        List<ChatMessage> answered = List.of(
                asked.get(0),
                new ChatMessage.Assistant(first.text(), first.toolCalls()),
                new ChatMessage.ToolOutput(toolCall.id(), toolCall.name(), "token ok for user ada"));
        ChatReply second = router.chat(call(answered)).orElseThrow();

        assertThat(toolCall.name()).isEqualTo("validate_hf_token");
        assertThat(toolCall.argumentsJson()).contains("secret:hf_token:a1b2c3");
        assertThat(fake.takeRequest().getBody().utf8()).contains("validate_hf_token", "namespace", "token");
        String followUp = fake.takeRequest().getBody().utf8();
        assertThat(followUp).contains("token ok for user ada", "validate_hf_token");
        if (provider != LlmProvider.GEMINI && provider != LlmProvider.OLLAMA) {
            assertThat(followUp).contains("toolu_01A09q90qw90lq9");
        }
        assertThat(second.text()).isEqualTo("Your token works.");
        assertThat(second.toolCalls()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LlmProvider.class)
    void asks_for_json_in_the_providers_json_mode(LlmProvider provider) throws Exception {
        fixture.configured(provider).fake(provider).enqueue(Wire.text(provider, "{}", 1, 1));
        ChatCall call = new ChatCall(
                RouterFixture.OWNER, null, List.of(new ChatMessage.User("parse this")), List.of(), true, null);

        fixture.router().chat(call);

        String body = fixture.fake(provider).takeRequest().getBody().utf8();
        assertThat(body).contains(ChatRequests.JSON_INSTRUCTION);
        assertThat(body.replaceAll("\\s+", "")).contains(jsonMode(provider));
    }

    private static ChatCall call(List<ChatMessage> messages) {
        return new ChatCall(
                RouterFixture.OWNER, RouterFixture.JOB, messages, List.of(RouterFixture.hfTokenTool()), false, null);
    }

    private static String chatPath(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> "/v1/messages";
            case OPENAI -> "/v1/chat/completions";
            case GEMINI -> "/v1beta/models/gemini-2.5-flash:generateContent";
            case GROQ -> "/openai/v1/chat/completions";
            case OLLAMA -> "/api/chat";
        };
    }

    private static String authHeader(LlmProvider provider, RecordedRequest request) {
        return switch (provider) {
            case ANTHROPIC -> request.getHeaders().get("x-api-key");
            case GEMINI -> request.getHeaders().get("x-goog-api-key");
            default -> request.getHeaders().get("Authorization");
        };
    }

    private static String expectedAuth(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC, GEMINI -> RouterFixture.operatorKey(provider);
            case OPENAI, GROQ -> "Bearer " + RouterFixture.operatorKey(provider);
            case OLLAMA -> null;
        };
    }

    private static String jsonMode(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> "\"system\"";
            case OPENAI, GROQ -> "json_object";
            case GEMINI -> "application/json";
            case OLLAMA -> "\"format\":\"json\"";
        };
    }
}
