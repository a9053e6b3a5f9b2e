package io.mltrainer.core.intake;

import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;

/** Where models go by default ({@code MLTRAINER_DEFAULT_HUB}); whether builds start without asking. */
public record IntakeSettings(DeployTarget defaultTarget) {
    public static final IntakeSettings LOCAL = new IntakeSettings(DeployTarget.LOCAL);
}
