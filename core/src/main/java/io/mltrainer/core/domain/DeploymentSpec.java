package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * Where the model should go: the local registry or the Hugging Face Hub ({@code namespace}/{@code repository},
 * private or public, with a demo Space or not). Null fields mean "default". {@code spaceToken} is the owner's answer
 * to whether a private model's Space may get their token as a secret (null: not asked yet); {@code chosen} says the
 * person named the target ("keep it local", {@code --deploy local}) rather than leaving it to the default.
 */
public record DeploymentSpec(
        DeployTarget target,
        String namespace,
        String repository,
        Boolean isPrivate,
        Boolean space,
        Boolean spaceToken,
        boolean chosen) {
    public static final DeploymentSpec LOCAL = new DeploymentSpec(DeployTarget.LOCAL, null, null, null, null);
    /** "Keep it local": the registry, even when a Hub token was given. */
    public static final DeploymentSpec KEEP_LOCAL =
            new DeploymentSpec(DeployTarget.LOCAL, null, null, null, null, null, true);

    public DeploymentSpec {
        Objects.requireNonNull(target, "target");
    }

    /** A target read from words: the Hub is always a choice, local only when said ({@link #KEEP_LOCAL}). */
    public DeploymentSpec(DeployTarget target, String namespace, String repository, Boolean isPrivate, Boolean space) {
        this(target, namespace, repository, isPrivate, space, null, target == DeployTarget.HUGGINGFACE);
    }

    public DeploymentSpec withSpaceToken(boolean value) {
        return new DeploymentSpec(target, namespace, repository, isPrivate, space, value, chosen);
    }

    public enum DeployTarget {
        LOCAL,
        HUGGINGFACE
    }
}
