package io.mltrainer.core.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.llm.Tool;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.port.out.llm.ToolSpec;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Runs tools for models and dialogues. Arguments arrive with secret references; the executor swaps in the owner's
 * values only for the tool's {@code execute}, swaps them back out of whatever the tool says, and publishes every
 * call with the reference-only arguments.
 */
public final class ToolExecutor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Tool> tools = new HashMap<>();
    private final SecretVault vault;
    private final EventBus events;
    private final Clock clock;

    public ToolExecutor(List<Tool> tools, SecretVault vault, EventBus events, Clock clock) {
        tools.forEach(t -> this.tools.put(t.spec().name(), t));
        this.vault = vault;
        this.events = events;
        this.clock = clock;
    }

    public List<ToolSpec> specs() {
        return tools.values().stream()
                .map(Tool::spec)
                .sorted(java.util.Comparator.comparing(ToolSpec::name))
                .toList();
    }

    public boolean has(String name) {
        return tools.containsKey(name);
    }

    /** Runs {@code name} for {@code owner}; {@code jobId} (may be null) receives the call's event. */
    public ToolResult call(String owner, JobId jobId, String name, String argumentsJson) {
        Instant started = clock.instant();
        ToolResult result = run(owner, name, argumentsJson);
        if (jobId != null) {
            events.publish(
                    jobId,
                    new JobEvent.ToolCalled(
                            name,
                            argumentsJson,
                            result.ok(),
                            result.message(),
                            Duration.between(started, clock.instant()).toMillis()));
        }
        return result;
    }

    private ToolResult run(String owner, String name, String argumentsJson) {
        Tool tool = tools.get(name);
        if (tool == null) {
            return ToolResult.refused("There is no tool '" + name + "'. Tools: " + String.join(", ", tools.keySet()));
        }
        JsonNode arguments;
        try {
            arguments = JSON.readTree(argumentsJson == null || argumentsJson.isBlank() ? "{}" : argumentsJson);
        } catch (IOException e) {
            return ToolResult.refused("The arguments of " + name + " are not valid JSON.");
        }
        if (arguments == null || !arguments.isObject()) {
            return ToolResult.refused("The arguments of " + name + " must be a JSON object.");
        }
        Map<String, SecretRef> revealed = new HashMap<>();
        ObjectNode resolved = (ObjectNode) arguments.deepCopy();
        try {
            resolve(owner, resolved, revealed);
        } catch (UnknownReference e) {
            return ToolResult.refused("I have no credential " + e.getMessage() + " for you; send it again.");
        }
        try {
            return scrub(tool.execute(resolved), revealed);
        } catch (StageException e) {
            return scrub(
                    new ToolResult(
                            false,
                            e.getMessage(),
                            Map.of("failure", e.kind().name().toLowerCase(Locale.ROOT))),
                    revealed);
        } catch (RuntimeException e) {
            // A tool's bug: its message may quote the values it was given (an HTTP client rejecting a header does),
            // so it leaves here only scrubbed, and as a result rather than an exception nobody scrubs.
            return scrub(
                    new ToolResult(
                            false,
                            name + " failed unexpectedly (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                                    + ").",
                            Map.of("failure", "unexpected")),
                    revealed);
        }
    }

    /** Replaces, in place, every secret reference in string values by the owner's value. */
    private void resolve(String owner, ObjectNode node, Map<String, SecretRef> revealed) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isObject()) {
                resolve(owner, (ObjectNode) value, revealed);
            } else if (value.isTextual()) {
                field.setValue(TextNode.valueOf(reveal(owner, value.asText(), revealed)));
            }
        }
    }

    private String reveal(String owner, String text, Map<String, SecretRef> revealed) {
        Matcher m = SecretRef.PATTERN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            SecretRef ref;
            try {
                ref = SecretRef.parse(m.group());
            } catch (IllegalArgumentException e) {
                throw new UnknownReference(m.group());
            }
            String secret = vault.reveal(owner, ref).orElseThrow(() -> new UnknownReference(m.group()));
            revealed.put(secret, ref);
            m.appendReplacement(out, Matcher.quoteReplacement(secret));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A tool must not echo a credential; if one does, its reference takes the value's place. */
    private static ToolResult scrub(ToolResult result, Map<String, SecretRef> revealed) {
        String message = result.message();
        Map<String, String> facts = new HashMap<>(result.facts());
        for (var entry : revealed.entrySet()) {
            message = message.replace(entry.getKey(), entry.getValue().asString());
            facts.replaceAll(
                    (k, v) -> v.replace(entry.getKey(), entry.getValue().asString()));
        }
        return new ToolResult(result.ok(), message, facts);
    }

    private static final class UnknownReference extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownReference(String reference) {
            super(reference, null, false, false);
        }
    }
}
