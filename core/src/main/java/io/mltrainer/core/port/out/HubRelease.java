package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.JobId;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A model ready in the local registry, to be published on the Hub as {@code namespace}/{@code name}: every file of
 * {@code folder} but {@code space/}, which becomes the Space {@code name-demo} unless {@code space} is false. The
 * token comes from the owner's {@code credentials} (else the service's own); {@code spaceToken} says the owner agreed
 * that a private model's Space gets it as a secret.
 */
public record HubRelease(
        JobId job,
        String owner,
        Credentials credentials,
        String namespace,
        String name,
        boolean isPrivate,
        boolean space,
        boolean spaceToken,
        Path folder) {
    public HubRelease {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
        credentials = credentials == null ? Credentials.NONE : credentials;
    }

    public String repoId() {
        return namespace + "/" + name;
    }
}
