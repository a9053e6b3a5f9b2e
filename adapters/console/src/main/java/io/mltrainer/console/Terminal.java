package io.mltrainer.console;

/** The chat's two ends: lines the person types, lines the chat prints (possibly while a prompt is shown). */
public interface Terminal {
    /** The next line, or null when the input has ended. */
    String readLine(String prompt);

    void println(String line);
}
