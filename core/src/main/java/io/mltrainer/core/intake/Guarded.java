package io.mltrainer.core.intake;

import io.mltrainer.core.domain.secrets.SecretRef;
import java.util.List;
import java.util.Objects;

/**
 * A text made safe to store, log, publish or send: {@code text} has references where the credentials were,
 * {@code refs} lists them once each in order of appearance, and {@code exposedInPublic} says a credential was
 * pasted where others could read it, so the surface tells its owner to rotate it.
 */
public record Guarded(String text, List<SecretRef> refs, boolean exposedInPublic) {
    public Guarded {
        Objects.requireNonNull(text, "text");
        refs = List.copyOf(refs);
        if (exposedInPublic && refs.isEmpty()) {
            throw new IllegalArgumentException("nothing can be exposed when no secret was found");
        }
    }

    public boolean foundSecrets() {
        return !refs.isEmpty();
    }
}
