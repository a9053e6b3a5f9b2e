package io.mltrainer.core.domain;

import io.mltrainer.core.domain.secrets.SecretRef;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's reply to a question, read once where it enters ({@link #to(Slot, String, List)} for the intake's
 * questions, {@link #to(Question, String)} for the question a build stopped on), so that whoever acts on it gets a
 * value of the kind the question asked for, never the raw words. {@link #said()} keeps the words as they were typed
 * (already masked), for the messages that quote them.
 */
public sealed interface Answer {

    /** The words of the reply as they were typed, credentials replaced by their references. */
    String said();

    /** A yes or a no (or neither) in the one yes/no vocabulary. */
    record Decision(YesNo value, String said) implements Answer {
        public Decision {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Which data to learn from: a file path, a URL, a Hugging Face or Kaggle dataset id, or a file just shared. */
    record DatasetRef(String location) implements Answer {
        public DatasetRef {
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String said() {
            return location;
        }
    }

    /** A column of the data: one of the question's candidates when it names one in any letter case. */
    record ColumnName(String name, String said) implements Answer {}

    /** A name the person chose for what is built (the model repository on the Hub). */
    record Name(String name) implements Answer {
        @Override
        public String said() {
            return name;
        }
    }

    /** The kind of task meant, when the words point at exactly one of the candidates (empty when they do not). */
    record TaskChoice(Optional<String> task, String said) implements Answer {}

    /** Credentials, only as the references the vault gave them: the secrets themselves never travel in an answer. */
    record Secret(List<SecretRef> refs, String said) implements Answer {
        public Secret {
            refs = List.copyOf(refs);
        }

        /** True when the reply held no credential at all. */
        public boolean isEmpty() {
            return refs.isEmpty();
        }
    }

    /** Words about the request itself, read together with it (the request, a column's role, a set-up detail). */
    record FreeText(String said) implements Answer {}

    /**
     * Reads a reply to the intake's question {@code slot}. {@code text} is already masked and trimmed; {@code refs} are the
     * credentials it held.
     */
    static Answer to(Slot slot, String text, List<SecretRef> refs) {
        String said = text == null ? "" : text;
        return switch (slot) {
            case REQUEST -> new FreeText(said);
            case DATASET -> new DatasetRef(said);
            case REPO_NAME -> new Name(said);
            case CONFIRM -> new Decision(YesNo.of(said), said);
            case HF_TOKEN, KAGGLE_CREDENTIALS, MODAL_TOKEN_ID, MODAL_TOKEN_SECRET -> new Secret(refs, said);
        };
    }

    /** Reads a reply to the question a build stopped on. */
    static Answer to(Question question, String text) {
        String said = text == null ? "" : text.strip();
        return switch (question.slot()) {
            case DATASET -> new DatasetRef(said);
            case TARGET -> new ColumnName(bestOption(said, question.options()), said);
            case TASK -> new TaskChoice(taskOption(said, question.options()), said);
            case CONFIRM_COST, SPACE_TOKEN -> new Decision(YesNo.of(said), said);
            // Anything else (the set-up, a column's role): more words about the same request.
            default -> new FreeText(said);
        };
    }

    /** Accepts a candidate in any letter case, or with back-ticks; anything else is passed on and checked. */
    private static String bestOption(String text, List<String> options) {
        String bare = text.replace("`", "").strip();
        return options.stream()
                .filter(o -> o.equalsIgnoreCase(bare))
                .findFirst()
                .orElse(bare);
    }

    /** The one option an answer means ("classify it", "tabular", "the images"); none when it fits none or two. */
    private static Optional<String> taskOption(String text, List<String> options) {
        String answer = text.replace("`", "").strip().toLowerCase(Locale.ROOT);
        if (options.contains(answer)) {
            return Optional.of(answer);
        }
        List<String> stems = Arrays.stream(answer.split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 4)
                .map(w -> w.substring(0, Math.min(w.length(), 5)))
                .toList();
        List<String> meant = options.stream()
                .filter(o -> stems.stream().anyMatch(o::contains))
                .toList();
        return meant.size() == 1 ? Optional.of(meant.get(0)) : Optional.empty();
    }
}
