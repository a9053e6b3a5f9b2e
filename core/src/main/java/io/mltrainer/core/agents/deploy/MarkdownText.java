package io.mltrainer.core.agents.deploy;

/**
 * User text (the request, column names, class labels, a dataset's file name) made inert where markdown with inline
 * HTML is rendered: a model card on the Hub, the description of a Gradio demo. Every character that markdown or HTML
 * gives a meaning becomes a literal: {@code < > &} as entities, markdown's punctuation backslash-escaped, line
 * breaks as spaces (so no heading, list, table row or front-matter fence can start). The reader sees the text as it
 * was typed.
 */
final class MarkdownText {
    private static final String PUNCTUATION = "\\`*_{}[]()#+-!|~$";

    private MarkdownText() {}

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> append(out, c));
        return out.toString();
    }

    private static void append(StringBuilder out, int c) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '\n', '\r', '\t', '\u2028', '\u2029' -> out.append(' ');
            default -> {
                if (Character.isISOControl(c)) {
                    return;
                }
                if (c < 128 && PUNCTUATION.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            }
        }
    }
}
