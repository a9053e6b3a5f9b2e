package io.mltrainer.llm;

import io.mltrainer.core.domain.LlmProvider;
import mockwebserver3.MockResponse;

/** Answers as each provider's API writes them (trimmed to the fields that matter, names and shapes unchanged). */
final class Wire {
    private Wire() {}

    static MockResponse ok(String json) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("content-type", "application/json")
                .body(json)
                .build();
    }

    static MockResponse error(int code, String json) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("content-type", "application/json")
                .body(json)
                .build();
    }

    static MockResponse text(LlmProvider provider, String text, int inputTokens, int outputTokens) {
        return ok(textTemplate(provider).formatted(text, inputTokens, outputTokens, model(provider)));
    }

    private static String textTemplate(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> """
                    {"id": "msg_01XFDUDYJgAACzvnptvVoYEL", "type": "message", "role": "assistant",
                     "model": "claude-sonnet-4-5-20250929",
                     "content": [{"type": "text", "text": "%s"}],
                     "stop_reason": "end_turn", "stop_sequence": null,
                     "usage": {"input_tokens": %d, "output_tokens": %d,
                               "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}}
                    """;
            case OPENAI, GROQ -> """
                    {"id": "chatcmpl-Bq2x", "object": "chat.completion", "created": 1764324000,
                     "model": "%4$s",
                     "choices": [{"index": 0, "message": {"role": "assistant", "content": "%1$s",
                                  "refusal": null, "annotations": []},
                                  "logprobs": null, "finish_reason": "stop"}],
                     "usage": {"prompt_tokens": %2$d, "completion_tokens": %3$d, "total_tokens": 0,
                               "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                               "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0}},
                     "service_tier": "default", "system_fingerprint": null}
                    """;
            case GEMINI -> """
                    {"candidates": [{"content": {"parts": [{"text": "%s"}], "role": "model"},
                                     "finishReason": "STOP", "index": 0}],
                     "usageMetadata": {"promptTokenCount": %d, "candidatesTokenCount": %d, "totalTokenCount": 0},
                     "modelVersion": "gemini-2.5-flash", "responseId": "Zq8pac3kJ"}
                    """;
            case OLLAMA -> """
                    {"model": "qwen2.5-coder:7b", "created_at": "2026-11-28T10:00:00.000000Z",
                     "message": {"role": "assistant", "content": "%s"},
                     "done_reason": "stop", "done": true, "total_duration": 4883583458,
                     "load_duration": 1334875, "prompt_eval_count": %d, "prompt_eval_duration": 342546000,
                     "eval_count": %d, "eval_duration": 4535599000}
                    """;
        };
    }

    static MockResponse toolCall(LlmProvider provider, String id, String name, String argumentsJson) {
        boolean openAi = provider == LlmProvider.OPENAI || provider == LlmProvider.GROQ;
        // OpenAI's wire format carries the arguments as a JSON string, the others as an object.
        String arguments = openAi ? quoted(argumentsJson) : argumentsJson;
        return ok(toolTemplate(provider).formatted(id, name, arguments, model(provider)));
    }

    private static String toolTemplate(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> """
                    {"id": "msg_01Aq9w938a90dw8q", "type": "message", "role": "assistant",
                     "model": "claude-sonnet-4-5-20250929",
                     "content": [{"type": "text", "text": "Let me check that token."},
                                 {"type": "tool_use", "id": "%s", "name": "%s", "input": %s}],
                     "stop_reason": "tool_use", "stop_sequence": null,
                     "usage": {"input_tokens": 412, "output_tokens": 57}}
                    """;
            case OPENAI, GROQ -> """
                    {"id": "chatcmpl-Bq3y", "object": "chat.completion", "created": 1764324001,
                     "model": "%4$s",
                     "choices": [{"index": 0,
                                  "message": {"role": "assistant", "content": null,
                                              "tool_calls": [{"id": "%1$s", "type": "function",
                                                              "function": {"name": "%2$s", "arguments": %3$s}}],
                                              "refusal": null, "annotations": []},
                                  "logprobs": null, "finish_reason": "tool_calls"}],
                     "usage": {"prompt_tokens": 412, "completion_tokens": 57, "total_tokens": 469}}
                    """;
            case GEMINI -> """
                    {"candidates": [{"content": {"parts": [{"functionCall": {"name": "%2$s", "args": %3$s}}],
                                                 "role": "model"},
                                     "finishReason": "STOP", "index": 0}],
                     "usageMetadata": {"promptTokenCount": 412, "candidatesTokenCount": 57, "totalTokenCount": 469},
                     "modelVersion": "gemini-2.5-flash"}
                    """;
            case OLLAMA -> """
                    {"model": "qwen2.5-coder:7b", "created_at": "2026-11-28T10:00:01.000000Z",
                     "message": {"role": "assistant", "content": "",
                                 "tool_calls": [{"function": {"name": "%2$s", "arguments": %3$s}}]},
                     "done_reason": "stop", "done": true, "prompt_eval_count": 412, "eval_count": 57}
                    """;
        };
    }

    /** A 5xx in the provider's own error shape. */
    static MockResponse serverError(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> error(529, """
                    {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}""");
            case GEMINI -> error(503, """
                    {"error": {"code": 503, "message": "The model is overloaded.", "status": "UNAVAILABLE"}}""");
            case OLLAMA -> error(500, """
                    {"error": "llama runner process has terminated"}""");
            case OPENAI, GROQ -> error(500, """
                    {"error": {"message": "The server had an error while processing your request.",
                               "type": "server_error", "param": null, "code": null}}""");
        };
    }

    static MockResponse unauthorized(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> error(401, """
                    {"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}}""");
            case GEMINI -> error(400, """
                    {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                               "status": "INVALID_ARGUMENT",
                               "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                            "reason": "API_KEY_INVALID", "domain": "googleapis.com"}]}}""");
            case OPENAI, GROQ, OLLAMA -> error(401, """
                    {"error": {"message": "Incorrect API key provided: sk-proj-****wxyz.",
                               "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}""");
        };
    }

    static String model(LlmProvider provider) {
        return switch (provider) {
            case ANTHROPIC -> "claude-sonnet-4-5-20250929";
            case OPENAI -> "gpt-5-mini-2025-08-07";
            case GROQ -> "llama-3.3-70b-versatile";
            default -> Endpoint.defaultFor(provider).model();
        };
    }

    private static String quoted(String json) {
        return '"' + json.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
