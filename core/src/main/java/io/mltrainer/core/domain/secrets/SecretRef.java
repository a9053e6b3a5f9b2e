package io.mltrainer.core.domain.secrets;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference that stands for a secret everywhere outside the vault: {@code secret:hf_token:7f3a9c}. It is what the
 * LLM sees and returns, what jobs and intakes store, and what the tool executor resolves at the last moment.
 */
public record SecretRef(SecretKind kind, String id) {
    /** Matches references inside any text. */
    public static final Pattern PATTERN = Pattern.compile("secret:([a-z_]+):([0-9a-f]{6,32})");

    public SecretRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (!id.matches("[0-9a-f]{6,32}")) {
            throw new IllegalArgumentException("not a secret id: " + id);
        }
    }

    public static SecretRef parse(String text) {
        Matcher m = PATTERN.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a secret reference: '" + text + "'");
        }
        return new SecretRef(SecretKind.fromId(m.group(1)), m.group(2));
    }

    public String asString() {
        return "secret:" + kind.id() + ":" + id;
    }

    @Override
    public String toString() {
        return asString();
    }
}
