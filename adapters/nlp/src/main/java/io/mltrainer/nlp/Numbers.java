package io.mltrainer.nlp;

import java.util.Locale;
import java.util.Optional;

/** Numbers as people write them in requests: {@code 3}, {@code 1,000}, {@code 2k}, {@code 3e-5}, {@code 0.0002}. */
final class Numbers {
    /** A count: digits with optional thousands separators and an optional k. */
    static final String COUNT = "(\\d{1,3}(?:[,_]\\d{3})+|\\d+(?:\\.\\d+)?k|\\d+)";

    /** A rate: a decimal or scientific number. */
    static final String RATE = "(\\d*\\.?\\d+(?:e[-+]?\\d+)?)";

    private Numbers() {}

    static Optional<Integer> count(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(",", "").replace("_", "");
        try {
            double value =
                    t.endsWith("k") ? Double.parseDouble(t.substring(0, t.length() - 1)) * 1000 : Double.parseDouble(t);
            return value >= 1 && value <= Integer.MAX_VALUE && value == Math.rint(value)
                    ? Optional.of((int) value)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Double> rate(String text) {
        try {
            double value = Double.parseDouble(text);
            return value > 0 && value < 1 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
