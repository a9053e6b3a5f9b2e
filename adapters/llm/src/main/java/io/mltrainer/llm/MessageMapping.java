package io.mltrainer.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.port.out.llm.ChatMessage;
import io.mltrainer.core.port.out.llm.ChatReply;
import io.mltrainer.core.port.out.llm.ToolCall;
import java.util.List;
import java.util.stream.IntStream;

/** Our messages to LangChain4j's and its answer back to ours. */
final class MessageMapping {
    private MessageMapping() {}

    static List<dev.langchain4j.data.message.ChatMessage> toLangChain(List<ChatMessage> messages) {
        return messages.stream().map(MessageMapping::toLangChain).toList();
    }

    static dev.langchain4j.data.message.ChatMessage toLangChain(ChatMessage message) {
        if (message instanceof ChatMessage.System m) {
            return SystemMessage.from(m.text());
        }
        if (message instanceof ChatMessage.User m) {
            return UserMessage.from(m.text());
        }
        if (message instanceof ChatMessage.Assistant m) {
            return AiMessage.builder()
                    .text(m.text() == null || m.text().isEmpty() ? null : m.text())
                    .toolExecutionRequests(m.toolCalls().stream()
                            .map(MessageMapping::toRequest)
                            .toList())
                    .build();
        }
        ChatMessage.ToolOutput m = (ChatMessage.ToolOutput) message;
        return ToolExecutionResultMessage.from(m.callId(), m.toolName(), m.text());
    }

    static ChatReply toReply(AiMessage message, LlmProvider provider, String model) {
        List<ToolExecutionRequest> requests =
                message.hasToolExecutionRequests() ? message.toolExecutionRequests() : List.of();
        List<ToolCall> calls = IntStream.range(0, requests.size())
                .mapToObj(i -> toCall(requests.get(i), i))
                .toList();
        return new ChatReply(message.text(), calls, provider, model);
    }

    private static ToolExecutionRequest toRequest(ToolCall call) {
        return ToolExecutionRequest.builder()
                .id(call.id())
                .name(call.name())
                .arguments(call.argumentsJson())
                .build();
    }

    /** Ollama and Gemini name no call ids; the tool output still needs one to answer to. */
    private static ToolCall toCall(ToolExecutionRequest request, int index) {
        String id = request.id() == null || request.id().isBlank() ? "call_" + index : request.id();
        return new ToolCall(id, request.name(), request.arguments());
    }
}
