package io.mltrainer.core.port.out.llm;

import io.mltrainer.core.domain.LlmProvider;
import java.util.List;
import java.util.Objects;

/** A model's answer: text and/or tool calls, and who answered. */
public record ChatReply(String text, List<ToolCall> toolCalls, LlmProvider provider, String model) {
    public ChatReply {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
    }
}
