package io.mltrainer.core.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.Credential;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.IntakeFields;
import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.OwnerModel;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatMessage;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.port.out.llm.ChatReply;
import io.mltrainer.core.port.out.llm.ToolCall;
import io.mltrainer.core.port.out.llm.ToolSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The model's side of the intake: it sees the state (references, never secrets) and the message, may record fields
 * and call tools (at most three rounds per message), and answers in its own words. It may ask to finish; code
 * refuses while anything is missing or unvalidated.
 */
public final class LlmIntakeTurn implements IntakeTurn {
    static final int MAX_TOOL_ROUNDS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final ToolSpec RECORD_FIELDS = new ToolSpec(
            "record_fields",
            "Record what the user said about the build. Only include fields the user gave.",
            "{\"type\":\"object\",\"properties\":{"
                    + "\"dataset\":{\"type\":\"string\",\"description\":\"path, Hugging Face id, Kaggle owner/slug or URL\"},"
                    + "\"runtime\":{\"type\":\"string\",\"enum\":[\"local\",\"kaggle\",\"modal\"]},"
                    + "\"deploy_to\":{\"type\":\"string\",\"enum\":[\"local\",\"huggingface\"]},"
                    + "\"repo_name\":{\"type\":\"string\"},\"namespace\":{\"type\":\"string\"}}}");
    static final ToolSpec FINISH = new ToolSpec(
            "finish_intake",
            "Ask to close the intake when you believe everything is collected; the system checks and may refuse.",
            "{\"type\":\"object\",\"properties\":{}}");

    private final ChatModelPort model;
    private final ToolExecutor tools;
    private final IntakeRules rules;

    public LlmIntakeTurn(ChatModelPort model, ToolExecutor tools, IntakeSettings settings) {
        this.model = model;
        this.tools = tools;
        this.rules = new IntakeRules(settings.defaultTarget());
    }

    @Override
    public Optional<Outcome> converse(IntakeState start, String message) {
        IntakeState state = start;
        List<ChatMessage> conversation = new ArrayList<>();
        conversation.add(new ChatMessage.System(systemPrompt(state)));
        conversation.add(new ChatMessage.User(message));
        List<ToolSpec> specs = new ArrayList<>(tools.specs());
        specs.add(RECORD_FIELDS);
        specs.add(FINISH);
        String reply = "";
        for (int round = 0; round <= MAX_TOOL_ROUNDS; round++) {
            boolean lastRound = round == MAX_TOOL_ROUNDS;
            Optional<ChatReply> answer = model.chat(new ChatCall(
                    state.owner(),
                    state.jobId(),
                    conversation,
                    lastRound ? List.of() : specs,
                    false,
                    ownerModel(state)));
            if (answer.isEmpty()) {
                return round == 0 ? Optional.empty() : Optional.of(new Outcome(state, reply));
            }
            reply = answer.get().text();
            if (answer.get().toolCalls().isEmpty() || lastRound) {
                break;
            }
            conversation.add(new ChatMessage.Assistant(reply, answer.get().toolCalls()));
            for (ToolCall call : answer.get().toolCalls()) {
                ToolOutcome outcome = run(state, call);
                state = outcome.state();
                conversation.add(new ChatMessage.ToolOutput(call.id(), call.name(), outcome.text()));
            }
        }
        return Optional.of(new Outcome(state, reply));
    }

    private ToolOutcome run(IntakeState state, ToolCall call) {
        if (call.name().equals(RECORD_FIELDS.name())) {
            return record(state, call.argumentsJson());
        }
        if (call.name().equals(FINISH.name())) {
            List<Slot> missing = rules.missing(state);
            return new ToolOutcome(
                    state,
                    missing.isEmpty() && rules.complete(state)
                            ? "accepted: the user will be shown a summary and asked to confirm"
                            : "refused: still missing or not validated: "
                                    + missing.stream()
                                            .map(s -> s.name().toLowerCase(Locale.ROOT))
                                            .collect(Collectors.joining(", ")));
        }
        return new ToolOutcome(
                state,
                tools.call(state.owner(), state.jobId(), call.name(), call.argumentsJson())
                        .message());
    }

    /** Fields the model heard; validated credentials and their namespace are never the model's to change. */
    private static ToolOutcome record(IntakeState state, String argumentsJson) {
        JsonNode args;
        try {
            args = JSON.readTree(argumentsJson);
        } catch (IOException e) {
            return new ToolOutcome(state, "refused: arguments are not JSON");
        }
        IntakeFields.Builder f = state.fields().toBuilder();
        List<String> recorded = new ArrayList<>();
        if (args.hasNonNull("dataset")) {
            f.dataset = args.get("dataset").asText();
            recorded.add("dataset");
        }
        if (args.hasNonNull("runtime")) {
            try {
                f.runtime = RuntimeKind.valueOf(args.get("runtime").asText().toUpperCase(Locale.ROOT));
                recorded.add("runtime");
            } catch (IllegalArgumentException e) {
                return new ToolOutcome(state, "refused: runtime is local, kaggle or modal");
            }
        }
        if (args.hasNonNull("deploy_to")) {
            f.deployTarget = args.get("deploy_to").asText().equalsIgnoreCase("huggingface")
                    ? DeployTarget.HUGGINGFACE
                    : DeployTarget.LOCAL;
            recorded.add("deploy_to");
        }
        if (args.hasNonNull("repo_name")) {
            f.repoName = args.get("repo_name").asText();
            recorded.add("repo_name");
        }
        if (args.hasNonNull("namespace") && !state.validated().contains(Credential.HF_TOKEN)) {
            f.hfNamespace = args.get("namespace").asText();
            recorded.add("namespace");
        }
        return new ToolOutcome(state.with(f.build()), "recorded: " + String.join(", ", recorded));
    }

    private String systemPrompt(IntakeState state) {
        IntakeFields f = state.fields();
        return "You are mltrainer's intake assistant. You help someone describe a machine-learning model to train."
                + " Be brief and friendly. Collect: the request, the dataset, the runtime (local, kaggle, modal),"
                + " and, to publish on the Hugging Face Hub, a token, namespace and repository name. Credentials"
                + " appear only as references like secret:hf_token:ab12cd; never ask for a credential in a public"
                + " channel and never invent one. Record what you learn with record_fields. Call finish_intake"
                + " when you think everything is there; the system decides.\nCurrent state: request="
                + quote(f.request()) + ", dataset=" + quote(rules.dataset(f).orElse(null)) + ", runtime="
                + rules.runtime(f).id() + ", deploy_to="
                + rules.target(f).name().toLowerCase(Locale.ROOT)
                + ", validated=" + state.validated() + ", still missing=" + rules.missing(state) + ".";
    }

    private static OwnerModel ownerModel(IntakeState state) {
        IntakeFields f = state.fields();
        return f.ownerKey() != null && state.validated().contains(Credential.OWNER_LLM)
                ? new OwnerModel(f.ownerProvider(), f.ownerKey(), null)
                : null;
    }

    private static String quote(String value) {
        return value == null ? "none" : "\"" + value + "\"";
    }

    private record ToolOutcome(IntakeState state, String text) {}
}
