package io.mltrainer.runtimes;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A log a process writes to a file, read in increments: the cursor is the number of bytes already read. */
record LogFile(Path path) {
    /** The complete lines after {@code cursor}; with {@code all}, a last line without its newline too. */
    Chunk readFrom(long cursor, boolean all) {
        if (!Files.exists(path)) {
            return new Chunk(List.of(), cursor);
        }
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            long length = file.length();
            if (length <= cursor) {
                return new Chunk(List.of(), cursor);
            }
            byte[] bytes = new byte[(int) Math.min(length - cursor, 8L << 20)];
            file.seek(cursor);
            file.readFully(bytes);
            int end = all ? bytes.length : lastNewline(bytes) + 1;
            if (end <= 0) {
                return new Chunk(List.of(), cursor);
            }
            String text = new String(Arrays.copyOf(bytes, end), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(text.lines().toList());
            return new Chunk(lines, cursor + end);
        } catch (IOException e) {
            return new Chunk(List.of(), cursor);
        }
    }

    /** The last {@code count} lines of the whole file. */
    List<String> tail(int count) {
        try {
            List<String> all = Files.exists(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
            return List.copyOf(all.subList(Math.max(0, all.size() - count), all.size()));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    record Chunk(List<String> lines, long cursor) {}
}
