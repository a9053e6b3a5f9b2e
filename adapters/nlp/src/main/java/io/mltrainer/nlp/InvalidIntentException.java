package io.mltrainer.nlp;

import java.util.List;

/** An intent in JSON that does not fit the schema; {@link #problems()} says exactly what, one problem a line. */
public final class InvalidIntentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public InvalidIntentException(List<String> problems) {
        super("invalid intent: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
