package io.mltrainer.nlp;

import io.mltrainer.core.domain.ParsedIntent;
import java.util.Objects;

/**
 * What the offline parser understood: the intent, how sure it is of the task type, and the slots as read (which
 * keep columns a {@link io.mltrainer.core.domain.DatasetSpec} cannot hold without a dataset location).
 */
public record Understanding(ParsedIntent intent, TaskGuess guess, Slots slots) {
    public Understanding {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(guess, "guess");
        Objects.requireNonNull(slots, "slots");
    }

    /** True when the task type is a best guess that the dialogue should confirm ("a text classifier, right?"). */
    public boolean uncertain() {
        return guess.uncertain();
    }
}
