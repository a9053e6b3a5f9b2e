package io.mltrainer.core.domain.secrets;

import java.util.List;
import java.util.Map;

/**
 * The hint a user sees when listing secrets ({@code hf_…9c2f}): enough to tell two tokens apart, never more than
 * eight characters of the value, and only the prefix for a value too short to give away its end.
 */
public final class MaskedHint {
    private static final int LAST = 4;
    private static final int SHORTEST_WITH_ENDING = 16;
    private static final Map<SecretKind, List<String>> PREFIXES = Map.of(
            SecretKind.HF_TOKEN, List.of("hf_"),
            SecretKind.OPENAI_KEY, List.of("sk-"),
            SecretKind.ANTHROPIC_KEY, List.of("sk-"),
            SecretKind.GROQ_KEY, List.of("gsk_"),
            SecretKind.GEMINI_KEY, List.of("AIza"),
            SecretKind.KAGGLE_TOKEN, List.of("KGAT"),
            SecretKind.MODAL_TOKEN_ID, List.of("ak-"),
            SecretKind.MODAL_TOKEN_SECRET, List.of("as-"),
            SecretKind.SLACK_TOKEN, List.of("xoxb", "xoxp", "xoxa", "xoxe", "xapp", "xox"));

    private MaskedHint() {}

    public static String of(SecretKind kind, String value) {
        String prefix = PREFIXES.getOrDefault(kind, List.of()).stream()
                .filter(value::startsWith)
                .findFirst()
                .orElse("");
        String ending = value.length() >= SHORTEST_WITH_ENDING ? value.substring(value.length() - LAST) : "";
        return prefix + "…" + ending;
    }
}
