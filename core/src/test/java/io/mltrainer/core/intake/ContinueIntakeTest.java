package io.mltrainer.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.Credential;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.IntakePhase;
import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.pipeline.Agents;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.pipeline.OrchestratorSettings;
import io.mltrainer.core.pipeline.RetryPolicies;
import io.mltrainer.core.port.out.IntentParser;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatMessage;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.port.out.llm.ChatReply;
import io.mltrainer.core.port.out.llm.Tool;
import io.mltrainer.core.port.out.llm.ToolCall;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.port.out.llm.ToolSpec;
import io.mltrainer.core.testing.FakeCredentials;
import io.mltrainer.core.testing.InMemoryIntakeRepository;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.testing.InMemorySecretVault;
import io.mltrainer.core.testing.LiveWorkers;
import io.mltrainer.core.usecase.StartBuild;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ContinueIntakeTest {
    private static final ThreadKey THREAD = new ThreadKey("slack", "T1", "C1", "1700000000.0001");
    private static final String HF = FakeCredentials.HF.value();

    private final Clock clock = Clock.systemUTC();
    private final InMemoryJobRepository jobs = new InMemoryJobRepository();
    private final InMemoryJobEventLog log = new InMemoryJobEventLog();
    private final EventBus events = new EventBus(log, clock);
    private final InMemorySecretVault vault = new InMemorySecretVault();
    private final InMemoryIntakeRepository intakes = new InMemoryIntakeRepository();
    private final List<String> tokensChecked = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Orchestrator orchestrator = new Orchestrator(
            jobs,
            events,
            new Agents(List.of()),
            RetryPolicies.defaults(),
            clock,
            new LiveWorkers("w"),
            Executors.newSingleThreadExecutor(),
            Executors.newSingleThreadScheduledExecutor(),
            OrchestratorSettings.defaults());
    private final StartBuild builds =
            new StartBuild(jobs, orchestrator, () -> new JobId("job-" + ids.incrementAndGet()), clock);

    /** A Hub token check that accepts exactly the fake token, like whoami-v2 would with a write token. */
    private final Tool hubCheck = new Tool() {
        @Override
        public ToolSpec spec() {
            return new ToolSpec("validate_hf_token", "check a token", "{\"type\":\"object\"}");
        }

        @Override
        public ToolResult execute(JsonNode arguments) {
            String token = arguments.path("token").asText();
            tokensChecked.add(token);
            return token.equals(HF)
                    ? ToolResult.ok("Hugging Face token of alice, with write access", Map.of("user", "alice"))
                    : ToolResult.refused("Hugging Face refused this token (401): create a new one with write access.");
        }
    };

    private ContinueIntake intake(IntentParser parser, ChatModelPort model) {
        ToolExecutor tools = new ToolExecutor(List.of(hubCheck), vault, events, clock);
        IntakeTurn turn = model == null ? IntakeTurn.OFFLINE : new LlmIntakeTurn(model, tools, IntakeSettings.LOCAL);
        return new ContinueIntake(
                intakes, parser, vault, new CredentialChecks(tools), turn, builds, IntakeSettings.LOCAL, clock);
    }

    private static IntentParser parsesAs(TaskType type, String dataset, boolean toHub) {
        return text -> Optional.of(new ParsedIntent(
                type,
                text,
                null,
                dataset == null ? null : new DatasetSpec(DatasetSourceKind.HUGGINGFACE, dataset, null),
                null,
                null,
                null,
                null,
                toHub ? new DeploymentSpec(DeploymentSpec.DeployTarget.HUGGINGFACE, null, null, null, null) : null,
                new RuntimeSpec(RuntimeKind.LOCAL, null),
                "spam-detector",
                null));
    }

    private Inbound says(String text) {
        return entering(text, false);
    }

    private Inbound whispers(String text) {
        return entering(text, true);
    }

    /** As the chat layer hands a message over: masked once where it enters, knowing what the intake asks. */
    private Inbound entering(String text, boolean privately) {
        Slot asked = intakes.find(THREAD)
                .filter(IntakeState::isOpen)
                .map(IntakeState::pending)
                .orElse(null);
        return Inbound.masked(new SecretGuard(vault), asked, THREAD, "alice", text, privately, null);
    }

    @Test
    void a_go_ahead_in_plain_words_starts_the_build() {
        ContinueIntake intake = intake(text -> Optional.empty(), null);
        intake.handle(says("I want a model that predicts churn"));
        intake.handle(says("data/customers.csv"));

        IntakeReply reply = intake.handle(says("yes, go ahead"));

        assertThat(reply.started()).isNotNull();
    }

    @Test
    void an_answer_that_is_neither_yes_nor_no_gets_a_hint_not_the_summary_again() {
        ContinueIntake intake = intake(text -> Optional.empty(), null);
        intake.handle(says("I want a model that predicts churn"));
        IntakeReply summary = intake.handle(says("data/customers.csv"));

        IntakeReply later = intake.handle(says("maybe later"));
        IntakeReply then = intake.handle(says("sounds good, start it"));

        assertThat(later.started()).isNull();
        assertThat(later.messages())
                .singleElement()
                .satisfies(m ->
                        assertThat(m).contains("maybe later").contains("`yes`").doesNotContain("\n"));
        assertThat(later.messages()).doesNotContainAnyElementsOf(summary.messages());
        assertThat(intakes.find(THREAD).orElseThrow().fields().request())
                .isEqualTo("I want a model that predicts churn");
        assertThat(then.started()).isNotNull();
    }

    @Test
    void with_a_language_model_the_model_answers_unclear_words_instead_of_the_hint() {
        ChatModelPort polite = call ->
                Optional.of(new ChatReply("No rush: say yes when you are ready.", List.of(), LlmProvider.OPENAI, "m"));
        ContinueIntake intake = intake(text -> Optional.empty(), polite);
        intake.handle(says("I want a model that predicts churn"));
        intake.handle(says("data/customers.csv"));

        IntakeReply later = intake.handle(says("maybe later"));

        assertThat(later.started()).isNull();
        assertThat(later.messages()).contains("No rush: say yes when you are ready.");
        assertThat(later.messages()).noneSatisfy(m -> assertThat(m).contains("I didn't take"));
    }

    @Test
    void a_no_in_plain_words_asks_what_to_change() {
        ContinueIntake intake = intake(text -> Optional.empty(), null);
        intake.handle(says("I want a model that predicts churn"));
        intake.handle(says("data/customers.csv"));

        IntakeReply reply = intake.handle(says("no thanks"));

        assertThat(reply.started()).isNull();
        assertThat(reply.messages())
                .singleElement()
                .satisfies(m -> assertThat(m).contains("What should I change?"));
    }

    @Test
    void asks_for_the_data_then_confirms_then_starts_the_build() {
        ContinueIntake intake = intake(text -> Optional.empty(), null);

        IntakeReply first = intake.handle(says("I want a model that predicts churn"));
        IntakeReply second = intake.handle(says("data/customers.csv"));
        IntakeReply third = intake.handle(says("yes"));

        assertThat(first.messages()).containsExactly(Slot.DATASET.prompt());
        assertThat(second.messages())
                .anySatisfy(m -> assertThat(m).contains("data/customers.csv").contains("local"));
        assertThat(second.messages()).last().isEqualTo(Slot.CONFIRM.prompt());
        assertThat(third.started()).isNotNull();
        Job job = jobs.find(third.started()).orElseThrow();
        assertThat(job.status()).isNotEqualTo(JobStatus.INTAKE);
        assertThat(job.context().request().dataset()).isEqualTo("data/customers.csv");
        assertThat(job.context().request().intake().runtime().kind()).isEqualTo(RuntimeKind.LOCAL);
        assertThat(intakes.find(THREAD).orElseThrow().phase()).isEqualTo(IntakePhase.STARTED);
    }

    @Test
    void asks_for_a_hub_token_privately_and_never_in_the_thread() {
        ContinueIntake intake = intake(parsesAs(TaskType.TEXT_CLASSIFICATION, "sms_spam", true), null);

        IntakeReply reply = intake.handle(says("classify spam sms, dataset sms_spam, push it to the hub"));

        assertThat(reply.askPrivately()).isEqualTo(Slot.HF_TOKEN);
        assertThat(reply.messages()).last().asString().contains("I'll ask you privately");
    }

    @Test
    void a_token_answered_privately_is_stored_validated_and_the_summary_follows() {
        ContinueIntake intake = intake(parsesAs(TaskType.TEXT_CLASSIFICATION, "sms_spam", true), null);
        intake.handle(says("classify spam sms, dataset sms_spam, push it to the hub"));

        IntakeReply reply = intake.handle(whispers(HF));

        assertThat(tokensChecked).containsExactly(HF);
        assertThat(reply.messages()).anySatisfy(m -> assertThat(m).startsWith("✓ Hugging Face token of alice"));
        assertThat(reply.messages()).anySatisfy(m -> assertThat(m).contains("alice/spam-detector"));
        assertThat(reply.messages()).last().isEqualTo(Slot.CONFIRM.prompt());
        IntakeState state = intakes.find(THREAD).orElseThrow();
        assertThat(state.validated()).contains(Credential.HF_TOKEN);
        assertThat(state.toString()).doesNotContain(HF);
        assertThat(String.join(" ", reply.messages())).doesNotContain(HF);
    }

    @Test
    void a_refused_token_is_dropped_with_the_reason_and_asked_again() {
        ContinueIntake intake = intake(parsesAs(TaskType.TEXT_CLASSIFICATION, "sms_spam", true), null);
        intake.handle(says("classify spam sms, dataset sms_spam, push it to the hub"));

        IntakeReply reply = intake.handle(whispers("hf_" + "WrongTokenWrongTokenWrongToken1234"));

        assertThat(reply.messages()).anySatisfy(m -> assertThat(m).contains("refused this token"));
        assertThat(reply.messages()).last().isEqualTo(Slot.HF_TOKEN.prompt());
        IntakeState state = intakes.find(THREAD).orElseThrow();
        assertThat(state.fields().hfToken()).isNull();
        assertThat(state.pending()).isEqualTo(Slot.HF_TOKEN);
    }

    @Test
    void a_token_pasted_in_public_is_masked_and_the_user_told_to_rotate_it() {
        ContinueIntake intake = intake(parsesAs(TaskType.TEXT_CLASSIFICATION, "sms_spam", true), null);

        IntakeReply reply = intake.handle(says("classify spam sms, dataset sms_spam, push to the hub, token " + HF));

        assertThat(reply.exposedSecret()).isTrue();
        assertThat(reply.messages().get(0)).contains("rotate it");
        assertThat(intakes.find(THREAD).orElseThrow().fields().request())
                .doesNotContain(HF)
                .contains("secret:hf_token:");
    }

    @Test
    void an_interrupted_intake_continues_where_it_stopped_after_a_restart() {
        intake(text -> Optional.empty(), null).handle(says("I want a model that predicts churn"));

        ContinueIntake afterRestart = intake(text -> Optional.empty(), null);
        IntakeReply reply = afterRestart.handle(says("data/customers.csv"));

        assertThat(reply.messages()).last().isEqualTo(Slot.CONFIRM.prompt());
        assertThat(intakes.find(THREAD).orElseThrow().fields().dataset()).isEqualTo("data/customers.csv");
    }

    @Test
    void a_stored_token_is_reused_and_validated_again_instead_of_asked() {
        vault.store("alice", io.mltrainer.core.domain.secrets.SecretKind.HF_TOKEN, HF);
        ContinueIntake intake = intake(parsesAs(TaskType.TEXT_CLASSIFICATION, "sms_spam", true), null);

        IntakeReply reply = intake.handle(says("classify spam sms, dataset sms_spam, push it to the hub"));

        assertThat(tokensChecked).containsExactly(HF);
        assertThat(reply.askPrivately()).isNull();
        assertThat(reply.messages()).last().isEqualTo(Slot.CONFIRM.prompt());
    }

    @Test
    void the_model_cannot_declare_the_intake_complete_while_a_credential_is_unvalidated() {
        List<String> toolOutputs = new ArrayList<>();
        ChatModelPort eager = new ChatModelPort() {
            private int calls;

            @Override
            public Optional<ChatReply> chat(ChatCall call) {
                call.messages().stream()
                        .filter(m -> m instanceof ChatMessage.ToolOutput)
                        .map(m -> ((ChatMessage.ToolOutput) m).text())
                        .forEach(toolOutputs::add);
                calls++;
                return Optional.of(
                        calls == 1
                                ? new ChatReply(
                                        "", List.of(new ToolCall("c1", "finish_intake", "{}")), LlmProvider.OPENAI, "m")
                                : new ChatReply("All set, starting now!", List.of(), LlmProvider.OPENAI, "m"));
            }
        };
        ContinueIntake intake = intake(parsesAs(TaskType.TEXT_CLASSIFICATION, "sms_spam", true), eager);

        IntakeReply reply = intake.handle(says("classify spam sms, dataset sms_spam, push it to the hub"));

        assertThat(toolOutputs).singleElement().asString().startsWith("refused").contains("hf_token");
        assertThat(reply.started()).isNull();
        assertThat(reply.askPrivately()).isEqualTo(Slot.HF_TOKEN);
        assertThat(intakes.find(THREAD).orElseThrow().phase()).isEqualTo(IntakePhase.COLLECTING);
    }

    @Test
    void cancel_abandons_the_intake_and_its_build() {
        ContinueIntake intake = intake(text -> Optional.empty(), null);
        intake.handle(says("I want a model that predicts churn"));

        IntakeReply reply = intake.handle(says("cancel"));

        assertThat(reply.messages()).singleElement().asString().contains("dropped");
        assertThat(intake.open(THREAD)).isEmpty();
        assertThat(jobs.list(10))
                .singleElement()
                .satisfies(j -> assertThat(j.status()).isEqualTo(JobStatus.CANCELLED));
    }
}
