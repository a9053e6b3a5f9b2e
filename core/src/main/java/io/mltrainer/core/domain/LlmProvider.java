package io.mltrainer.core.domain;

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
