package io.mltrainer.core.domain;

/** Why a stage failed, classified where it happened; the orchestrator retries only retriable kinds. */
public enum FailureKind {
    /** The user's input cannot work (missing file, wrong column): retrying would fail the same way. */
    BAD_INPUT(false),
    /** Something is missing or ambiguous that only the user can say (which column to predict): ask, then resume. */
    NEEDS_ANSWER(false),
    /** A credential was refused. */
    AUTHENTICATION(false),
    /** Something the machine lacks (a Python package, an interpreter). */
    MISSING_DEPENDENCY(false),
    /** The run exceeded its time limit. */
    TIME_LIMIT(false),
    CANCELLED(false),
    /** The training script ran and failed (an exception in it): running it again would fail the same way. */
    RUN_FAILED(false),
    /** A network hiccup, a busy service, a crashed subprocess. */
    TRANSIENT(true),
    /** An agent produced something that did not pass its check (a script that does not compile). */
    INVALID_OUTPUT(true),
    /** An unexpected error; retried once more in case it was circumstantial. */
    INTERNAL(true);

    private final boolean retriable;

    FailureKind(boolean retriable) {
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
