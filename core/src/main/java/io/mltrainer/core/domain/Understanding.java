package io.mltrainer.core.domain;

import java.util.Optional;

/**
 * What a request's words were understood as, once per build: by the intake (what the person confirmed in its
 * summary) or, for a build that starts without one, by the intent stage. {@code intent} is null when the words did not
 * tell the task type (the intent stage then asks or reads it from the data).
 */
public record Understanding(ParsedIntent intent) {
    public static final Understanding NOTHING = new Understanding(null);

    public Optional<ParsedIntent> parsed() {
        return Optional.ofNullable(intent);
    }
}
