package io.mltrainer.nlp;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request being read rule by rule. A span that one rule has understood is blanked out (same length, so positions
 * stay valid) so that later rules cannot read it a second time: the repository in "push it to the Hub as
 * myorg/spam" is not also a dataset, and "owner/slug on Kaggle" does not also ask for the Kaggle runtime.
 */
final class MaskedText {
    private static final char MASK = '\u2591';

    private final String original;
    private final char[] current;

    MaskedText(String original) {
        this.original = original;
        this.current = original.toCharArray();
    }

    String original() {
        return original;
    }

    String current() {
        return new String(current);
    }

    Matcher matcher(Pattern pattern) {
        return pattern.matcher(current());
    }

    /** The first match in what is not yet understood, if any. */
    Optional<Matcher> find(Pattern pattern) {
        Matcher m = matcher(pattern);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    /** A group's text as the request wrote it. */
    String group(Matcher m, int group) {
        return original.substring(m.start(group), m.end(group));
    }

    /**
     * Blanks a span with a character that is neither a word character nor white space, so that no later pattern
     * reads across it ("labels in data/x.csv for ..." must not make "for" a column).
     */
    void mask(int start, int end) {
        Arrays.fill(current, start, end, MASK);
    }

    void mask(Matcher m) {
        mask(m.start(), m.end());
    }
}
