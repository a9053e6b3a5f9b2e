package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * A stage's failure as it is kept on the job and fed to the next attempt; {@code question} is set when the user can
 * unblock the build by answering it.
 */
public record Failure(Stage stage, FailureKind kind, String reason, int attempts, Question question) {
    public Failure(Stage stage, FailureKind kind, String reason, int attempts) {
        this(stage, kind, reason, attempts, null);
    }

    public Failure {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        reason = reason == null || reason.isBlank() ? kind.name().toLowerCase(java.util.Locale.ROOT) : reason;
    }
}
