package io.mltrainer.core.domain;

import java.util.Objects;

public record GeneratedFile(String path, String content) {
    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("generated files stay inside the code directory: " + path);
        }
    }
}
