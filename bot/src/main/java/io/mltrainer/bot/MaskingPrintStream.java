package io.mltrainer.bot;

import io.mltrainer.core.domain.secrets.SecretScanner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The last line of defence for logs and terminal output: a {@link PrintStream} that masks each line with
 * {@link SecretScanner#maskAll} before it reaches {@code target}. A line is masked as a whole, so a credential
 * printed in pieces ({@code print("token "); print(value); println()}) is still found. Text without a line end is
 * held until the line ends, or until an explicit {@link #flush()} (a prompt), which masks and writes it as it is.
 */
public final class MaskingPrintStream extends PrintStream {

    /** {@code charset} must be the one {@code target} expects, and ASCII-compatible (UTF-8, ISO-8859-1...). */
    public MaskingPrintStream(OutputStream target, Charset charset) {
        // no auto-flush: PrintStream would flush after every print, splitting lines before they are complete
        super(new LineMasker(target, charset), false, charset);
    }

    public MaskingPrintStream(OutputStream target) {
        this(target, StandardCharsets.UTF_8);
    }

    /** Cuts the bytes into lines and writes each one masked. */
    private static final class LineMasker extends OutputStream {
        /** A line longer than this is masked and written in parts rather than held without bound. */
        private static final int LONGEST_HELD = 64 * 1024;

        private final OutputStream target;
        private final Charset charset;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineMasker(OutputStream target, Charset charset) {
            this.target = target;
            this.charset = charset;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            line.write(b);
            // a carriage return ends a line too: progress bars redraw one line with it
            if (b == '\n' || b == '\r' || line.size() >= LONGEST_HELD) {
                emit();
                target.flush();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public synchronized void flush() throws IOException {
            emit();
            target.flush();
        }

        @Override
        public synchronized void close() throws IOException {
            flush();
            target.close();
        }

        private void emit() throws IOException {
            if (line.size() == 0) {
                return;
            }
            String text = line.toString(charset);
            String masked = SecretScanner.maskAll(text);
            if (masked.equals(text)) {
                // the original bytes, exactly, even where they were not valid in the charset
                line.writeTo(target);
            } else {
                target.write(masked.getBytes(charset));
            }
            line.reset();
        }
    }
}
