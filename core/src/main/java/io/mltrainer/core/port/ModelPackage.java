package io.mltrainer.core.port;

import io.mltrainer.core.domain.GeneratedFile;
import java.util.List;
import java.util.Objects;

/**
 * What a deployment publishes: files written by mltrainer ({@code files}: config, model card, code) and files the
 * run produced ({@code artifacts}, names inside {@code runOutputDir}).
 */
public record ModelPackage(
        String owner, String name, List<GeneratedFile> files, String runOutputDir, List<String> artifacts) {
    public ModelPackage {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        files = List.copyOf(files);
        artifacts = List.copyOf(artifacts);
    }
}
