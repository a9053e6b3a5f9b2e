package io.mltrainer.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.TerminalBuilder;

/** An interactive terminal with line editing; lines printed during a prompt appear above it. */
public final class JLineTerminal implements Terminal, AutoCloseable {
    private final org.jline.terminal.Terminal terminal;
    private final LineReader reader;

    public JLineTerminal() {
        try {
            this.terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.reader = LineReaderBuilder.builder().terminal(terminal).build();
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void println(String line) {
        if (reader.isReading()) {
            reader.printAbove(line);
        } else {
            terminal.writer().println(line);
            terminal.writer().flush();
        }
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
