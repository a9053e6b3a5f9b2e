package io.mltrainer.core.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.Credential;
import io.mltrainer.core.domain.IntakeFields;
import io.mltrainer.core.domain.IntakeState;
import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.port.out.llm.ToolResult;
import java.util.List;

/**
 * Validates, live and through the tool executor, every credential the intake holds but has not validated yet. A
 * refused credential is dropped from the intake with the reason, so it is asked again.
 */
public final class CredentialChecks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ToolExecutor tools;

    public CredentialChecks(ToolExecutor tools) {
        this.tools = tools;
    }

    public IntakeState validate(IntakeState state, List<String> messages) {
        IntakeState next = state;
        IntakeFields f = next.fields();
        if (f.hfToken() != null && !next.validated().contains(Credential.HF_TOKEN)) {
            next = checkHf(next, messages);
        }
        f = next.fields();
        if (f.hfToken() != null
                && next.validated().contains(Credential.HF_TOKEN)
                && f.repoName() != null
                && f.hfNamespace() != null
                && tools.has("check_repo_name")) {
            next = checkRepo(next, messages);
        }
        f = next.fields();
        if ((f.kaggleToken() != null || f.kaggleKey() != null)
                && !next.validated().contains(Credential.KAGGLE)) {
            ObjectNode args = JSON.createObjectNode();
            if (f.kaggleToken() != null) {
                args.put("token", f.kaggleToken().asString());
            } else {
                args.put("username", f.kaggleUsername());
                args.put("key", f.kaggleKey().asString());
            }
            next = apply(next, "validate_kaggle_credentials", args, Credential.KAGGLE, messages, b -> {
                b.kaggleToken = null;
                b.kaggleKey = null;
            });
        }
        f = next.fields();
        if (f.modalTokenId() != null
                && f.modalTokenSecret() != null
                && !next.validated().contains(Credential.MODAL)) {
            ObjectNode args = JSON.createObjectNode();
            args.put("token_id", f.modalTokenId().asString());
            args.put("token_secret", f.modalTokenSecret().asString());
            next = apply(next, "validate_modal_token", args, Credential.MODAL, messages, b -> {
                b.modalTokenId = null;
                b.modalTokenSecret = null;
            });
        }
        f = next.fields();
        if (f.ownerKey() != null && !next.validated().contains(Credential.OWNER_LLM)) {
            ObjectNode args = JSON.createObjectNode();
            args.put("provider", f.ownerProvider().id());
            args.put("key", f.ownerKey().asString());
            next = apply(next, "validate_llm_key", args, Credential.OWNER_LLM, messages, b -> {
                b.ownerKey = null;
                b.ownerProvider = null;
            });
        }
        return next;
    }

    private IntakeState checkHf(IntakeState state, List<String> messages) {
        ObjectNode args = JSON.createObjectNode();
        args.put("token", state.fields().hfToken().asString());
        if (state.fields().hfNamespace() != null) {
            args.put("namespace", state.fields().hfNamespace());
        }
        ToolResult result = call(state, "validate_hf_token", args);
        if (!result.ok()) {
            messages.add(result.message());
            IntakeFields.Builder b = state.fields().toBuilder();
            b.hfToken = null;
            return state.with(b.build()).notValidated(Credential.HF_TOKEN);
        }
        IntakeFields.Builder b = state.fields().toBuilder();
        if (b.hfNamespace == null) {
            b.hfNamespace = result.facts().get("user");
        }
        if (b.repoName == null && b.parsed != null && b.parsed.modelName() != null) {
            b.repoName = b.parsed.modelName();
        }
        messages.add("✓ " + result.message());
        return state.with(b.build()).validatedAlso(Credential.HF_TOKEN);
    }

    private IntakeState checkRepo(IntakeState state, List<String> messages) {
        ObjectNode args = JSON.createObjectNode();
        args.put("namespace", state.fields().hfNamespace());
        args.put("name", state.fields().repoName());
        args.put("token", state.fields().hfToken().asString());
        ToolResult result = call(state, "check_repo_name", args);
        if (result.ok()) {
            return state;
        }
        messages.add(result.message());
        IntakeFields.Builder b = state.fields().toBuilder();
        b.repoName = null;
        return state.with(b.build());
    }

    private IntakeState apply(
            IntakeState state,
            String tool,
            ObjectNode args,
            Credential credential,
            List<String> messages,
            java.util.function.Consumer<IntakeFields.Builder> forget) {
        ToolResult result = call(state, tool, args);
        if (result.ok()) {
            messages.add("✓ " + result.message());
            return state.validatedAlso(credential);
        }
        messages.add(result.message());
        IntakeFields.Builder b = state.fields().toBuilder();
        forget.accept(b);
        return state.with(b.build()).notValidated(credential);
    }

    private ToolResult call(IntakeState state, String tool, ObjectNode args) {
        if (!tools.has(tool)) {
            return ToolResult.refused("I cannot check this credential here (no " + tool + " tool is configured).");
        }
        return tools.call(state.owner(), state.jobId(), tool, args.toString());
    }

    static LlmProvider providerOf(SecretKind kind) {
        return switch (kind) {
            case ANTHROPIC_KEY -> LlmProvider.ANTHROPIC;
            case OPENAI_KEY -> LlmProvider.OPENAI;
            case GEMINI_KEY -> LlmProvider.GEMINI;
            case GROQ_KEY -> LlmProvider.GROQ;
            default -> throw new IllegalArgumentException("not an LLM key: " + kind);
        };
    }
}
