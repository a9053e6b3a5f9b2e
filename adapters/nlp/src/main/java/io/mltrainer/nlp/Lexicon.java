package io.mltrainer.nlp;

import java.util.Set;

/** Word classes that several rules share. */
final class Lexicon {
    /** The Hub under its usual names, in the words that can follow "on"/"from". */
    static final String HUB = "(?:hugging\\s*face(?:\\s+hub)?|hf(?:\\s+hub)?|(?:the\\s+)?hub)";

    /** A Hub or Kaggle id: {@code owner/name}, each part starting with a letter or digit. */
    static final String OWNER_NAME = "[A-Za-z0-9][\\w.-]*/[A-Za-z0-9][\\w.-]*[A-Za-z0-9]";

    /** A dataset id on the Hub: {@code owner/name} or a canonical single name ({@code imdb}). */
    static final String HUB_ID = "[A-Za-z0-9][\\w.-]*(?:/[A-Za-z0-9][\\w.-]*)?[A-Za-z0-9]";

    /** Prepositions before a place, in the languages the offline parser reads. */
    static final String AT = "(?:on|from|in|at|auf|von|vom|aus|sur|de|depuis|en|desde)";

    /** Words that look like an id in "X on the Hub" or "predict X" but never are one. */
    private static final Set<String> NOT_NAMES = Lexicon.words(
            "a an the it this that them these those my our your its their is are be and or of on in for from "
                    + "to with by as at what which who whom whether if how when where why model models data dataset "
                    + "datasets column columns files file some new future next tomorrow today upcoming each every all "
                    + "any one two hub huggingface hf kaggle modal train training trained deploy push publish upload "
                    + "share also then there here me us you him her up out both not no yes will would should can could "
                    + "may might do does did values value number numbers le la les el los las der die das den dem des "
                    + "un une uno una ein eine");

    private Lexicon() {}

    /** A set of words written as one space-separated string, which reads better than a list of literals. */
    static Set<String> words(String spaceSeparated) {
        return Set.of(spaceSeparated.strip().split("\\s+"));
    }

    static boolean isName(String word) {
        return !NOT_NAMES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
