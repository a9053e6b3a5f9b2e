package io.mltrainer.runtimes.modal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The Modal CLI's output made fit for a chat message: colours and panel borders removed, anything that looks like a
 * Modal token masked, and only the last lines kept, which is where the CLI puts its error.
 */
final class CliText {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");
    private static final Pattern BORDERS = Pattern.compile("[─━│┃╭╮╰╯┌┐└┘├┤┬┴┼═║]+");
    private static final Pattern TOKEN_LIKE = Pattern.compile("\\b(ak|as)-[A-Za-z0-9_]{8,}");
    private static final int MAX_LINES = 6;
    private static final int MAX_CHARS = 600;

    private CliText() {}

    /** The output without colours or borders, for parsing. */
    static String plain(String output) {
        return BORDERS.matcher(ANSI.matcher(output).replaceAll("")).replaceAll(" ");
    }

    /** The last lines of the output in one sentence-sized string, with the given secrets and token-like words masked. */
    static String summary(String output, String... secrets) {
        String text = plain(output);
        for (String secret : secrets) {
            text = text.replace(secret, mask(secret));
        }
        text = TOKEN_LIKE.matcher(text).replaceAll("$1-***");
        List<String> lines =
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String tail = String.join(" ", lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size()))
                .replaceAll("\\s+", " ");
        if (tail.isEmpty()) {
            return "(it printed nothing)";
        }
        return tail.length() > MAX_CHARS ? "…" + tail.substring(tail.length() - MAX_CHARS) : tail;
    }

    private static String mask(String secret) {
        return secret.startsWith("ak-") ? "ak-***" : secret.startsWith("as-") ? "as-***" : "***";
    }
}
