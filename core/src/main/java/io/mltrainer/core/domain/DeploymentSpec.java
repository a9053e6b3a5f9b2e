package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * Where the model should go: the local registry or the Hugging Face Hub ({@code namespace}/{@code repository},
 * private or public, with a demo Space or not). Null fields mean "default".
 */
public record DeploymentSpec(
        DeployTarget target, String namespace, String repository, Boolean isPrivate, Boolean space) {
    public static final DeploymentSpec LOCAL = new DeploymentSpec(DeployTarget.LOCAL, null, null, null, null);

    public DeploymentSpec {
        Objects.requireNonNull(target, "target");
    }

    public enum DeployTarget {
        LOCAL,
        HUGGINGFACE
    }
}
