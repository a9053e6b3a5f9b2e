package io.mltrainer.nlp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column names said in words. Explicit phrasings ("target column is y", "the text is in `body`") take any name;
 * "predict X" takes X only when it is one word followed by a boundary ("predict price from ..."), so that
 * "predict house prices" or "predict whether ..." give no column instead of a wrong one.
 */
final class ColumnRules {
    /** A column name: quoted (may contain spaces) or one identifier-like word. */
    private static final String COL = "(?:[`'\"]([^`'\"\\n]{1,60})[`'\"]|([A-Za-z_][\\w.-]*[\\w]|[A-Za-z_]))";

    private static final String IS = "\\s*(?:is|=|:|named|called|ist|est|es)?\\s*(?:the\\s+)?(?:column\\s+)?";
    private static final String ENDS =
            "(?=\\s+(?:of|from|for|in|using|with|based|on|given|by|at|column|and|as|when|per|aus|à|de)\\b"
                    + "|\\s*[,.;:!?)(]|\\s*$)";

    private static final List<Pattern> TARGET = List.of(
            Pattern.compile("(?i)\\b(?:target(?:[_ ]column)?|zielspalte|zielvariable|colonne cible|columna objetivo"
                    + "|variable objetivo)" + IS + COL),
            Pattern.compile("(?i)\\b(?:column\\s+)?" + COL + "\\s+(?:is|as)\\s+(?:the\\s+|my\\s+)?target\\b"));
    private static final List<Pattern> PREDICTED = List.of(
            Pattern.compile("(?i)\\b(?:predict(?:s|ing)?|estimat(?:e|es|ing)|forecast(?:s|ing)?|regress(?:ing)?)"
                    + "\\s+(?:the\\s+)?(?:column\\s+)?" + COL + ENDS));
    private static final List<Pattern> LABEL = List.of(
            Pattern.compile("(?i)\\blabels?[_ ]column" + IS + COL),
            Pattern.compile("(?i)\\blabels?\\s+(?:are\\s+|is\\s+)?in\\s+(?:the\\s+)?(?:column\\s+)?" + COL),
            Pattern.compile("(?i)\\b(?:column\\s+)?" + COL
                    + "\\s+(?:column\\s+)?(?:holds|has|contains|is)\\s+(?:the\\s+)?labels?\\b"));
    private static final List<Pattern> TEXT = List.of(
            Pattern.compile("(?i)\\btext[_ ]column" + IS + COL),
            Pattern.compile("(?i)\\b(?:the\\s+)?texts?\\s+(?:is\\s+|are\\s+)?in\\s+(?:the\\s+)?(?:column\\s+)?" + COL),
            Pattern.compile("(?i)\\b(?:column\\s+)?" + COL
                    + "\\s+(?:column\\s+)?(?:holds|has|contains|is)\\s+(?:the\\s+)?texts?\\b"));
    private static final List<Pattern> IMAGE = List.of(
            Pattern.compile("(?i)\\bimage[_ ]column" + IS + COL),
            Pattern.compile("(?i)\\bimages?\\s+(?:are\\s+|is\\s+)?in\\s+(?:the\\s+)?column\\s+" + COL));

    private ColumnRules() {}

    static Columns read(MaskedText text) {
        // The target first, so that in "target column label in the table" the label rules never see "label";
        // "predict X" last, as the loosest reading.
        String target = first(text, TARGET).orElse(null);
        String label = first(text, LABEL).orElse(null);
        String body = first(text, TEXT).orElse(null);
        String image = first(text, IMAGE).orElse(null);
        return new Columns(target == null ? first(text, PREDICTED).orElse(null) : target, body, label, image);
    }

    private static Optional<String> first(MaskedText text, List<Pattern> patterns) {
        for (Pattern pattern : patterns) {
            Matcher m = text.matcher(pattern);
            while (m.find()) {
                int group = m.group(1) != null ? 1 : 2;
                String name = text.group(m, group).strip();
                if (group == 1 || Lexicon.isName(name)) {
                    text.mask(m);
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }
}
