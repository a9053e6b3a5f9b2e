package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.GeneratedFile;
import java.util.List;
import java.util.Objects;

/**
 * What a deployment publishes: files written by mltrainer ({@code files}: config, model card, demo app, code), files
 * the run produced ({@code artifacts}, names inside {@code runOutputDir}), and {@code modelFolder} (may be null), a
 * folder inside {@code runOutputDir} whose contents are published at the top, as a {@code save_pretrained} folder is
 * laid out in a Hub repository. Run files win over written files of the same name.
 */
public record ModelPackage(
        String owner,
        String name,
        List<GeneratedFile> files,
        String runOutputDir,
        List<String> artifacts,
        String modelFolder) {
    public ModelPackage {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        files = List.copyOf(files);
        artifacts = List.copyOf(artifacts);
    }

    public ModelPackage(
            String owner, String name, List<GeneratedFile> files, String runOutputDir, List<String> artifacts) {
        this(owner, name, files, runOutputDir, artifacts, null);
    }
}
