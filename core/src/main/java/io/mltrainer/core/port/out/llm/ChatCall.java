package io.mltrainer.core.port.out.llm;

import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.OwnerModel;
import java.util.List;
import java.util.Objects;

/**
 * One call to a chat model. {@code jobId} (may be null) is where the call's event goes; {@code ownerModel} (may be
 * null) is tried first; {@code jsonOutput} asks for a JSON object answer.
 */
public record ChatCall(
        String owner,
        JobId jobId,
        List<ChatMessage> messages,
        List<ToolSpec> tools,
        boolean jsonOutput,
        OwnerModel ownerModel) {
    public ChatCall {
        Objects.requireNonNull(owner, "owner");
        messages = List.copyOf(messages);
        tools = tools == null ? List.of() : List.copyOf(tools);
    }
}
