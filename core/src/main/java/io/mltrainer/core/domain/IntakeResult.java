package io.mltrainer.core.domain;

import java.util.Objects;

/** What an intake verified with the user; it wins over anything a model later reads into the request. */
public record IntakeResult(RuntimeSpec runtime, DeploymentSpec deployment, Credentials credentials) {
    public IntakeResult {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(deployment, "deployment");
        credentials = credentials == null ? Credentials.NONE : credentials;
    }
}
