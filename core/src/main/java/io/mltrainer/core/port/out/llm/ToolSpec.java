package io.mltrainer.core.port.out.llm;

import java.util.Objects;

/** What a model is told about a tool: its name, what it does, and a JSON schema of its arguments. */
public record ToolSpec(String name, String description, String parametersSchema) {
    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parametersSchema, "parametersSchema");
        if (!name.matches("[a-z][a-z0-9_]{1,63}")) {
            throw new IllegalArgumentException("tool names are snake_case: " + name);
        }
    }
}
