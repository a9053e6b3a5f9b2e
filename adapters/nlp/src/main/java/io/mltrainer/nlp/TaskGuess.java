package io.mltrainer.nlp;

import io.mltrainer.core.domain.TaskType;
import java.util.List;
import java.util.Objects;

/**
 * The task type a request most likely asks for. {@code similarity} is the embedding similarity to that type's
 * examples, {@code score} that plus the keyword weights and minus the penalties, {@code margin} its lead over the
 * {@code runnerUp}, {@code cues} the keyword rules that matched. {@code uncertain}: the dialogue should confirm the
 * type. {@code pointsToATask}: false when nothing in the words asks for any model ("hello").
 */
public record TaskGuess(
        TaskType type,
        double score,
        double similarity,
        TaskType runnerUp,
        double margin,
        List<String> cues,
        boolean uncertain,
        boolean pointsToATask) {
    public TaskGuess {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(runnerUp, "runnerUp");
        cues = List.copyOf(cues);
    }
}
