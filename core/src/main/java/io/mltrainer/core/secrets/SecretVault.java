package io.mltrainer.core.secrets;

import java.util.List;
import java.util.Optional;

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
}
