package io.mltrainer.core.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's answer to a yes/no question as people type it: "yes, go ahead", "sure, start it", "sounds good", "👍",
 * "ok", "no thanks", "not now". One vocabulary for every question that waits for a go-ahead (the intake's summary,
 * a paid run's estimate), on every surface. Anything else, "maybe later" included, is {@link #UNCLEAR}: the caller
 * answers it with {@link #hint}, never by repeating its question.
 */
public enum YesNo {
    YES,
    NO,
    UNCLEAR;

    /** What to type, in one line, for an answer that was not understood. */
    public static final String HINT = "say `yes` to go ahead or `no` to stop here";

    private static final Set<String> YES_PHRASES = Set.of(
            "y",
            "yes",
            "yep",
            "yup",
            "yeah",
            "yea",
            "ya",
            "ok",
            "okay",
            "k",
            "kk",
            "sure",
            "start",
            "go",
            "go ahead",
            "do it",
            "go for it",
            "lets go",
            "let's go",
            "sounds good",
            "sounds great",
            "looks good",
            "lgtm",
            "perfect",
            "great",
            "fine",
            "alright",
            "all right",
            "of course",
            "absolutely",
            "definitely",
            "confirm",
            "confirmed",
            "agreed",
            "proceed",
            "run",
            "run it",
            "launch",
            "train",
            "build",
            "yes please",
            "please do",
            "why not",
            "right",
            "correct",
            "👍",
            "✅",
            "👌",
            "🚀",
            "✔",
            "si",
            "sí",
            "claro",
            "dale",
            "oui",
            "d'accord",
            "vas-y",
            "allez",
            "ja",
            "jawohl",
            "los",
            "sim",
            "pode",
            "好",
            "好的",
            "是",
            "是的",
            "可以",
            "开始",
            "行",
            "确认");
    private static final Set<String> NO_PHRASES = Set.of(
            "n",
            "no",
            "nope",
            "nah",
            "not now",
            "not yet",
            "not today",
            "no way",
            "don't",
            "do not",
            "don't start",
            "do not start",
            "don't run",
            "wait",
            "hold on",
            "hold off",
            "stop",
            "change",
            "never",
            "negative",
            "cancel",
            "👎",
            "❌",
            "non",
            "nein",
            "não",
            "nao",
            "不",
            "不要",
            "不用",
            "算了",
            "先不");
    /** Words that carry no answer of their own: "yes please", "no thanks", "start it now". */
    private static final Set<String> FILLERS = Set.of(
            "please",
            "pls",
            "thanks",
            "thank",
            "you",
            "thx",
            "it",
            "now",
            "then",
            "the",
            "build",
            "training",
            "run",
            "that",
            "this",
            "one",
            "for",
            "me",
            "us",
            "and",
            "merci",
            "gracias",
            "danke",
            "obrigado",
            "obrigada",
            "谢谢",
            "吧",
            "了");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:.!?¡¿…，。！？、]+");
    private static final int LONGEST_PHRASE = 3;

    /** Reads an answer; an empty text, a question back or a mixed "yes … no" is {@link #UNCLEAR}. */
    public static YesNo of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return UNCLEAR;
        }
        boolean yes = false;
        boolean no = false;
        int i = 0;
        while (i < words.size()) {
            int taken = phrase(words, i, NO_PHRASES);
            if (taken > 0) {
                no = true;
            } else if ((taken = phrase(words, i, YES_PHRASES)) > 0) {
                yes = true;
            } else if (FILLERS.contains(words.get(i))) {
                taken = 1;
            } else {
                return UNCLEAR;
            }
            i += taken;
        }
        return yes == no ? UNCLEAR : yes ? YES : NO;
    }

    /** The one-line hint for an answer that was not understood, quoting it so it never reads as a repeat. */
    public static String hint(String text) {
        String said = text == null ? "" : text.strip();
        return (said.isEmpty()
                        ? "I need a yes or a no: "
                        : "I didn't take \"" + shorten(said) + "\" as a yes or a no: ")
                + HINT + ".";
    }

    /** The longest phrase of {@code phrases} starting at word {@code i}: how many words it takes, 0 when none. */
    private static int phrase(List<String> words, int i, Set<String> phrases) {
        for (int n = Math.min(LONGEST_PHRASE, words.size() - i); n >= 1; n--) {
            if (phrases.contains(String.join(" ", words.subList(i, i + n)))) {
                return n;
            }
        }
        return 0;
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace("`", "")
                .replaceAll("[\\x{FE0F}\\x{1F3FB}-\\x{1F3FF}]", "")
                .strip();
        List<String> words = new ArrayList<>();
        for (String part : SEPARATORS.split(normal)) {
            if (!part.isEmpty()) {
                words.addAll(splitSymbols(part));
            }
        }
        return words;
    }

    /** "👍👍" or "ok👍" are several answers in one word; emoji and CJK characters stand on their own. */
    private static List<String> splitSymbols(String word) {
        if (word.matches("[\\p{L}\\p{N}'-]+")) {
            return word.codePoints().anyMatch(YesNo::isHan) ? segmentHan(word) : List.of(word);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        word.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '-') {
                letters.appendCodePoint(c);
            } else {
                if (letters.length() > 0) {
                    parts.add(letters.toString());
                    letters.setLength(0);
                }
                parts.add(Character.toString(c));
            }
        });
        if (letters.length() > 0) {
            parts.add(letters.toString());
        }
        return parts;
    }

    /** Chinese is written without spaces: "好的开始吧" is read as the known words it is made of, when it is. */
    private static List<String> segmentHan(String word) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < word.length()) {
            int end = longestKnownPrefix(word, i);
            if (end == i) {
                return List.of(word);
            }
            parts.add(word.substring(i, end));
            i = end;
        }
        return parts;
    }

    private static int longestKnownPrefix(String word, int from) {
        for (int end = word.length(); end > from; end--) {
            String part = word.substring(from, end);
            if (YES_PHRASES.contains(part) || NO_PHRASES.contains(part) || FILLERS.contains(part)) {
                return end;
            }
        }
        return from;
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String shorten(String said) {
        return said.length() <= 40 ? said : said.substring(0, 39) + "…";
    }
}
