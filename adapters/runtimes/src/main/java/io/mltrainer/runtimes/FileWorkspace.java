package io.mltrainer.runtimes;

import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.port.out.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Each build's files under {@code $MLTRAINER_HOME/jobs/<id>/}: {@code code/} and {@code runs/<run>/}. */
public final class FileWorkspace implements Workspace {
    private final Path jobsRoot;

    public FileWorkspace(Path home) {
        this.jobsRoot = home.resolve("jobs");
    }

    public Path jobDirectory(JobId id) {
        return jobsRoot.resolve(id.value());
    }

    @Override
    public String writeCode(JobId jobId, List<GeneratedFile> files) {
        Path code = jobDirectory(jobId).resolve("code");
        Files2.deleteTree(code);
        write(code, files);
        return code.toString();
    }

    static void write(Path directory, List<GeneratedFile> files) {
        try {
            Files.createDirectories(directory);
            for (GeneratedFile file : files) {
                Path target = directory.resolve(file.path()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IllegalArgumentException("file outside its directory: " + file.path());
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
