package io.mltrainer.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.port.out.llm.ChatCall;
import java.util.ArrayList;
import java.util.List;

/** A call as LangChain4j's request for one provider. */
final class ChatRequests {
    /**
     * Said whenever JSON is asked for: Anthropic has no schemaless JSON mode, and OpenAI refuses its JSON mode
     * unless the messages mention JSON.
     */
    static final String JSON_INSTRUCTION = "Answer with a single JSON object and nothing else.";

    private ChatRequests() {}

    static ChatRequest of(ChatCall call, LlmProvider provider, List<ToolSpecification> tools) {
        List<ChatMessage> messages = new ArrayList<>(MessageMapping.toLangChain(call.messages()));
        if (call.jsonOutput()) {
            messages.add(SystemMessage.from(JSON_INSTRUCTION));
        }
        ChatRequest.Builder builder = ChatRequest.builder().messages(messages);
        if (!tools.isEmpty()) {
            builder.toolSpecifications(tools);
        }
        if (jsonMode(call, provider, tools)) {
            builder.responseFormat(ResponseFormat.JSON);
        }
        return builder.build();
    }

    /**
     * The provider's JSON mode where it has one (LangChain4j refuses schemaless JSON for Anthropic) and no tools are
     * offered: Gemini rejects a JSON response type together with function calling.
     */
    private static boolean jsonMode(ChatCall call, LlmProvider provider, List<ToolSpecification> tools) {
        return call.jsonOutput() && tools.isEmpty() && provider != LlmProvider.ANTHROPIC;
    }
}
