package io.mltrainer.llm;

import static io.mltrainer.core.domain.LlmProvider.ANTHROPIC;
import static io.mltrainer.core.domain.LlmProvider.GEMINI;
import static io.mltrainer.core.domain.LlmProvider.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.OwnerModel;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.port.out.llm.ChatReply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OwnerKeyTest {
    private static final String OWNER_KEY = "sk-ant-api03-OwnerCanary7f3a9c-Zz9";

    private final RouterFixture fixture = new RouterFixture().configured(OPENAI);

    @AfterEach
    void closeFakes() {
        fixture.close();
    }

    @Test
    void tries_the_owners_key_first_revealing_it_from_the_vault_at_call_time() throws Exception {
        MockWebServer anthropic = fixture.fake(ANTHROPIC);
        LlmRouter router = fixture.router();
        SecretRef ref = fixture.vault.store(RouterFixture.OWNER, SecretKind.ANTHROPIC_KEY, OWNER_KEY);
        anthropic.enqueue(Wire.text(ANTHROPIC, "Answered with your key.", 7, 4));

        ChatReply reply = router.chat(RouterFixture.ask("hi", ownerModel(ref))).orElseThrow();

        assertThat(reply.provider()).isEqualTo(ANTHROPIC);
        assertThat(fixture.vault.reveals()).containsExactly(ref);
        assertThat(fixture.fake(OPENAI).getRequestCount()).isZero();
        RecordedRequest request = anthropic.takeRequest();
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(OWNER_KEY);
        assertThat(request.getBody().utf8()).contains("claude-haiku-4-5").doesNotContain(OWNER_KEY);
    }

    @Test
    void falls_over_to_the_configured_providers_when_the_owners_key_is_refused() {
        fixture.fake(ANTHROPIC).enqueue(Wire.unauthorized(ANTHROPIC));
        fixture.fake(OPENAI).enqueue(Wire.text(OPENAI, "Answered with the operator's key.", 7, 4));
        SecretRef ref = fixture.vault.store(RouterFixture.OWNER, SecretKind.ANTHROPIC_KEY, OWNER_KEY);

        ChatReply reply =
                fixture.router().chat(RouterFixture.ask("hi", ownerModel(ref))).orElseThrow();

        assertThat(reply.provider()).isEqualTo(OPENAI);
        assertThat(fixture.fake(ANTHROPIC).getRequestCount()).isEqualTo(1);
        assertThat(fixture.events())
                .extracting(JobEvent.LlmCalled::provider, JobEvent.LlmCalled::outcome)
                .containsExactly(tuple("anthropic", "failed: 401"), tuple("openai", "ok"));
    }

    @Test
    void skips_an_owner_key_that_is_not_the_callers() {
        fixture.fake(ANTHROPIC);
        fixture.fake(OPENAI).enqueue(Wire.text(OPENAI, "Answered with the operator's key.", 7, 4));
        SecretRef someoneElses = fixture.vault.store("grace", SecretKind.ANTHROPIC_KEY, OWNER_KEY);

        ChatReply reply = fixture.router()
                .chat(RouterFixture.ask("hi", ownerModel(someoneElses)))
                .orElseThrow();

        assertThat(reply.provider()).isEqualTo(OPENAI);
        assertThat(fixture.fake(ANTHROPIC).getRequestCount()).isZero();
        assertThat(fixture.events())
                .first()
                .extracting(JobEvent.LlmCalled::outcome)
                .isEqualTo("skipped: owner key unavailable");
    }

    @Test
    void never_lets_the_owners_key_into_a_request_body_an_event_a_log_or_the_environment() throws Exception {
        String geminiKey = "AIzaSyOwnerCanary0000000000000000000";
        fixture.fake(GEMINI).enqueue(Wire.unauthorized(GEMINI));
        fixture.fake(OPENAI).enqueue(Wire.serverError(OPENAI));
        SecretRef ref = fixture.vault.store(RouterFixture.OWNER, SecretKind.GEMINI_KEY, geminiKey);
        OwnerModel owner = new OwnerModel(GEMINI, ref, null);

        String logged = capturingStandardError(() -> fixture.router().chat(RouterFixture.ask("hi", owner)));

        List<String> bodies = new ArrayList<>();
        bodies.add(fixture.fake(GEMINI).takeRequest().getBody().utf8());
        bodies.add(fixture.fake(OPENAI).takeRequest().getBody().utf8());
        assertThat(bodies).isNotEmpty().noneMatch(b -> b.contains(geminiKey));
        assertThat(fixture.events())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain(geminiKey));
        assertThat(logged).contains("gemini").doesNotContain(geminiKey);
        assertThat(System.getenv().values()).doesNotContain(geminiKey);
    }

    private static OwnerModel ownerModel(SecretRef ref) {
        return new OwnerModel(ANTHROPIC, ref, "claude-haiku-4-5");
    }

    /** slf4j-simple writes to whatever {@code System.err} is when it logs. */
    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
