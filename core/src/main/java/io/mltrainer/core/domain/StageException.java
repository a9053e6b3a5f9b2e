package io.mltrainer.core.domain;

import java.util.Objects;

/** A classified stage failure; the message is written for the person who asked for the build. */
public class StageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final transient Question question;

    public StageException(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.question = null;
    }

    private StageException(Question question) {
        super(question.prompt());
        this.kind = FailureKind.NEEDS_ANSWER;
        this.question = question;
    }

    /** The build cannot go on until the user answers. */
    public static StageException question(
            io.mltrainer.core.domain.QuestionSlot slot, String prompt, java.util.List<String> options) {
        return new StageException(new Question(slot, prompt, options));
    }

    public Question question() {
        return question;
    }

    public StageException(FailureKind kind, String message) {
        this(kind, message, null);
    }

    public static StageException badInput(String message) {
        return new StageException(FailureKind.BAD_INPUT, message);
    }

    public static StageException transientFailure(String message, Throwable cause) {
        return new StageException(FailureKind.TRANSIENT, message, cause);
    }

    public static StageException invalidOutput(String message) {
        return new StageException(FailureKind.INVALID_OUTPUT, message);
    }

    public static StageException missingDependency(String message) {
        return new StageException(FailureKind.MISSING_DEPENDENCY, message);
    }

    public FailureKind kind() {
        return kind;
    }
}
