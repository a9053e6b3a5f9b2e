package io.mltrainer.nlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.Expertise;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.Hyperparameters;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.TaskType;
import java.util.List;
import java.util.Set;

/**
 * Checks an intent in JSON (an LLM's answer) against the schema that {@link IntentJson} writes, and says exactly
 * what is wrong, every problem at once, so the answer can be retried with the problems as feedback.
 */
public final class IntentValidation {
    private static final Set<String> ROOT = Lexicon.words(
            "task_type description expertise dataset runtime hyperparameters fine_tuning precision base_model deployment model_name uncertain");
    static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,95}";

    private IntentValidation() {}

    /** A valid intent, or the problems that make it invalid. */
    public sealed interface Validation permits Valid, Invalid {
        ParsedIntent orElseThrow();
    }

    public record Valid(ParsedIntent intent) implements Validation {
        @Override
        public ParsedIntent orElseThrow() {
            return intent;
        }
    }

    public record Invalid(List<String> problems) implements Validation {
        public Invalid {
            problems = List.copyOf(problems);
        }

        @Override
        public ParsedIntent orElseThrow() {
            throw new InvalidIntentException(problems);
        }

        /** The problems as a message for the next attempt. */
        public String feedback() {
            return "Your JSON does not fit the schema:\n- " + String.join("\n- ", problems)
                    + "\nAnswer again with the corrected JSON object only.";
        }
    }

    public static Validation validate(String json) {
        JsonNode root;
        try {
            root = IntentJson.MAPPER.readTree(withoutCodeFence(json == null ? "" : json));
        } catch (JsonProcessingException e) {
            return new Invalid(List.of("not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            return new Invalid(List.of("expected one JSON object, got "
                    + (root == null || root.isMissingNode() ? "nothing" : FieldReader.shown(root))));
        }
        FieldReader r = new FieldReader();
        ParsedIntent intent = read(root, r);
        return r.problems().isEmpty() ? new Valid(intent) : new Invalid(r.problems());
    }

    /** Models like to wrap JSON in a Markdown fence; that is not worth a retry. */
    private static String withoutCodeFence(String text) {
        String t = text.strip();
        if (t.startsWith("```")) {
            t = t.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        return t;
    }

    private static ParsedIntent read(JsonNode root, FieldReader r) {
        r.onlyKnownKeys(root, "", ROOT);
        TaskType type = taskType(root, r);
        String description = r.string(root, "description", "");
        Expertise expertise = r.oneOf(root, "expertise", "", Expertise.class);
        DatasetSpec dataset = IntentSections.dataset(r.object(root, "dataset", ""), r);
        RuntimeSpec runtime = IntentSections.runtime(r.object(root, "runtime", ""), r);
        Hyperparameters hyperparameters = IntentSections.hyperparameters(r.object(root, "hyperparameters", ""), r);
        FineTuning fineTuning = r.oneOf(root, "fine_tuning", "", FineTuning.class);
        Precision precision = r.oneOf(root, "precision", "", Precision.class);
        String baseModel = r.string(root, "base_model", "");
        DeploymentSpec deployment = IntentSections.deployment(r.object(root, "deployment", ""), r);
        String modelName = name(r.string(root, "model_name", ""), "model_name", r);
        r.bool(root, "uncertain", "");
        if (type == null) {
            return null;
        }
        return new ParsedIntent(
                type,
                description,
                expertise,
                dataset,
                hyperparameters,
                fineTuning,
                precision,
                baseModel,
                deployment,
                runtime,
                modelName);
    }

    private static TaskType taskType(JsonNode root, FieldReader r) {
        JsonNode node = root.get("task_type");
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            r.problem("missing task_type; expected one of " + TaskType.allIds());
            return null;
        }
        if (!node.isTextual()) {
            r.problem("task_type must be a string, one of " + TaskType.allIds() + "; got " + FieldReader.shown(node));
            return null;
        }
        try {
            return TaskType.fromId(node.asText());
        } catch (IllegalArgumentException e) {
            r.problem(e.getMessage());
            return null;
        }
    }

    static String name(String value, String path, FieldReader r) {
        if (value != null && !value.matches(NAME)) {
            r.problem(path + " may use letters, digits, '.', '_' and '-' only, got '" + value + "'");
            return null;
        }
        return value;
    }
}
