package io.mltrainer.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** A terminal over plain streams: pipes, tests, and terminals without line editing. */
public final class StreamTerminal implements Terminal {
    private final BufferedReader in;
    private final PrintStream out;

    public StreamTerminal(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String readLine(String prompt) {
        synchronized (out) {
            out.print(prompt);
            out.flush();
        }
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void println(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
