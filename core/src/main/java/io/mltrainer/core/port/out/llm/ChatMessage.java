package io.mltrainer.core.port.out.llm;

import java.util.List;
import java.util.Objects;

/** One message of a conversation with a model. Text here holds secret references, never secrets. */
public sealed interface ChatMessage {
    record System(String text) implements ChatMessage {
        public System {
            Objects.requireNonNull(text, "text");
        }
    }

    record User(String text) implements ChatMessage {
        public User {
            Objects.requireNonNull(text, "text");
        }
    }

    record Assistant(String text, List<ToolCall> toolCalls) implements ChatMessage {
        public Assistant {
            toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        }
    }

    record ToolOutput(String callId, String toolName, String text) implements ChatMessage {
        public ToolOutput {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(toolName, "toolName");
            Objects.requireNonNull(text, "text");
        }
    }
}
