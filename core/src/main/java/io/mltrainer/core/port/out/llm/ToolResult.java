package io.mltrainer.core.port.out.llm;

import java.util.Map;
import java.util.Objects;

/**
 * What a tool found: whether the check passed, a sentence for the user and the model (never a secret), and named
 * facts for code to use (for example {@code user}, {@code can_write}).
 */
public record ToolResult(boolean ok, String message, Map<String, String> facts) {
    public ToolResult {
        Objects.requireNonNull(message, "message");
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public static ToolResult ok(String message, Map<String, String> facts) {
        return new ToolResult(true, message, facts);
    }

    public static ToolResult refused(String message) {
        return new ToolResult(false, message, Map.of());
    }
}
