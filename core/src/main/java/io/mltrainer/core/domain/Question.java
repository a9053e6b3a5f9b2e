package io.mltrainer.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a build needs to know from the user before it can go on: the slot the answer fills ({@link QuestionSlot#TARGET},
 * {@link QuestionSlot#DATASET}), the question, and the candidates when there are some.
 */
public record Question(QuestionSlot slot, String prompt, List<String> options) {
    public Question {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(prompt, "prompt");
        options = options == null ? List.of() : List.copyOf(options);
    }
}
