package io.mltrainer.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared public data sets and small files made for one test. */
final class Fixtures {
    private Fixtures() {}

    /** The shared data folder beside the checkout, or the copy of iris shipped in examples/. */
    static Path shared(String name) {
        Path root = Path.of("").toAbsolutePath();
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
            Path example = dir.resolve("examples").resolve(name);
            if (Files.exists(example)) {
                return example;
            }
        }
        throw new IllegalStateException("data set " + name + " not found above " + root);
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
