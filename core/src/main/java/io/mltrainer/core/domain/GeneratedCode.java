package io.mltrainer.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checked training code; its files are kept in the context so that a resume never regenerates it. {@code runtime}
 * is the runtime it was written for (null in builds from before runtimes existed: local).
 */
public record GeneratedCode(String directory, String entrypoint, List<GeneratedFile> files, RuntimeKind runtime)
        implements StageResult {
    public GeneratedCode {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(entrypoint, "entrypoint");
        files = List.copyOf(files);
        runtime = runtime == null ? RuntimeKind.LOCAL : runtime;
    }

    public GeneratedCode(String directory, String entrypoint, List<GeneratedFile> files) {
        this(directory, entrypoint, files, RuntimeKind.LOCAL);
    }

    public Optional<GeneratedFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    @Override
    public Stage stage() {
        return Stage.CODEGEN;
    }
}
