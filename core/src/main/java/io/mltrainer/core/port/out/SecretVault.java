package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Where credentials live, encrypted at rest, each belonging to the user who gave it. Only the tool executor and
 * the LLM router call {@link #reveal}, at the moment of use.
 */
public interface SecretVault {
    SecretRef store(String owner, SecretKind kind, String value);

    /** The value, if the secret exists and belongs to {@code owner}. */
    Optional<String> reveal(String owner, SecretRef ref);

    List<StoredSecret> list(String owner);

    boolean delete(String owner, SecretRef ref);

    /**
     * {@code text} with every reference replaced by the owner's value, for the one moment a value is used (a URL
     * with a token, at its download); empty when a reference is not one of the owner's secrets.
     */
    default Optional<String> revealAll(String owner, String text) {
        Matcher m = SecretRef.PATTERN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<String> value;
            try {
                value = reveal(owner, SecretRef.parse(m.group()));
            } catch (IllegalArgumentException unknownKind) {
                value = Optional.empty();
            }
            if (value.isEmpty()) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }
}
