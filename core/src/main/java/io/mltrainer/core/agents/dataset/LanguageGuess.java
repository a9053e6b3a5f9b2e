package io.mltrainer.core.agents.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A rough guess of a sample's language from its script and most common words; null when it cannot tell. */
public final class LanguageGuess {
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "is", "of", "to", "in", "you", "that", "it", "for", "this", "with", "are"),
            "fr", Set.of("le", "la", "les", "et", "est", "des", "une", "que", "pour", "dans", "pas", "vous", "je"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "ein", "ich", "zu", "mit", "den", "sie", "es"),
            "es", Set.of("el", "los", "que", "y", "es", "una", "por", "para", "con", "las", "del", "como", "yo"),
            "it", Set.of("il", "che", "e", "di", "non", "una", "per", "sono", "gli", "della", "con", "mi", "ho"),
            "pt", Set.of("o", "que", "não", "uma", "os", "para", "com", "é", "da", "do", "em", "você", "eu"),
            "nl", Set.of("de", "het", "een", "en", "is", "niet", "van", "ik", "dat", "je", "zijn", "met", "op"));

    private LanguageGuess() {}

    public static String of(List<String> texts) {
        String sample = String.join(" ", texts.subList(0, Math.min(texts.size(), 200)));
        String script = script(sample);
        if (script != null) {
            return script;
        }
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = null;
        long bestHits = 0;
        for (var language : STOPWORDS.entrySet()) {
            long hits = 0;
            for (String w : words) {
                if (language.getValue().contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = language.getKey();
                bestHits = hits;
            }
        }
        return words.length > 0 && bestHits >= Math.max(2, words.length / 50) ? best : null;
    }

    private static String script(String text) {
        int letters = 0;
        int[] counts = new int[6];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (block == Character.UnicodeBlock.CYRILLIC) {
                counts[0]++;
            } else if (block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA) {
                counts[1]++;
            } else if (block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS) {
                counts[2]++;
            } else if (block == Character.UnicodeBlock.HANGUL_SYLLABLES) {
                counts[3]++;
            } else if (block == Character.UnicodeBlock.ARABIC) {
                counts[4]++;
            } else if (block == Character.UnicodeBlock.GREEK) {
                counts[5]++;
            }
        }
        if (letters == 0) {
            return null;
        }
        String[] codes = {"ru", "ja", "zh", "ko", "ar", "el"};
        if (counts[1] > 0 && counts[1] + counts[2] > letters / 3) {
            return "ja";
        }
        for (int i = 0; i < codes.length; i++) {
            if (counts[i] > letters / 3) {
                return codes[i];
            }
        }
        return null;
    }
}
