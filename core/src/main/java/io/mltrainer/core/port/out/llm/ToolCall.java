package io.mltrainer.core.port.out.llm;

import java.util.Objects;

/** A model's request to call a tool, with its arguments as a JSON object text. */
public record ToolCall(String id, String name, String argumentsJson) {
    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        argumentsJson = argumentsJson == null || argumentsJson.isBlank() ? "{}" : argumentsJson;
    }
}
