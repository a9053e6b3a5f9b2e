package io.mltrainer.datasets;

import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.port.out.TabularReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads a table from any path, also one inside a zip archive (copied to a temporary file first). */
final class TableFiles {
    private final TabularReader reader;

    TableFiles(TabularReader reader) {
        this.reader = reader;
    }

    RawTable read(Path file, int maxRows) {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            return reader.read(file.toAbsolutePath().toString(), maxRows);
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("mltrainer-", "-" + file.getFileName());
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            return reader.read(copy.toString(), maxRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }
}
