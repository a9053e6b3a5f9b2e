package io.mltrainer.core.domain.secrets;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of credential mltrainer recognises; {@link #id()} appears in references ({@code secret:hf_token:…}). */
public enum SecretKind {
    HF_TOKEN,
    OPENAI_KEY,
    ANTHROPIC_KEY,
    GROQ_KEY,
    GEMINI_KEY,
    KAGGLE_KEY,
    KAGGLE_TOKEN,
    MODAL_TOKEN_ID,
    MODAL_TOKEN_SECRET,
    SLACK_TOKEN,
    DISCORD_TOKEN,
    /** A credential inside a URL: the value of a query parameter such as {@code token} or {@code sig}, or the
     * user-info ({@code user:password@}). */
    URL_CREDENTIAL,
    /** An answer to a credential question in a private channel, whatever its shape. */
    GENERIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SecretKind fromId(String id) {
        return Arrays.stream(values())
                .filter(k -> k.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown secret kind '" + id + "'"));
    }
}
