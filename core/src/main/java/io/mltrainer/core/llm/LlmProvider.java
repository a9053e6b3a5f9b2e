package io.mltrainer.core.llm;

import java.util.Locale;

public enum LlmProvider {
    ANTHROPIC,
    OPENAI,
    GEMINI,
    GROQ,
    OLLAMA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
