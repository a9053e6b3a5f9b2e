package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * What a person asked for, as typed, plus the options a surface already knows (from flags or the intake). Any of
 * {@code dataset}, {@code target}, {@code modelName} may be null. {@code stopAfter} ends the build early (for
 * example after code generation, so the code can be read before training).
 */
public record BuildRequest(String text, String dataset, String target, String modelName, Stage stopAfter) {
    public BuildRequest {
        Objects.requireNonNull(text, "text");
        stopAfter = stopAfter == null ? Stage.DEPLOY : stopAfter;
    }

    public BuildRequest withDataset(String value) {
        return new BuildRequest(text, value, target, modelName, stopAfter);
    }

    public BuildRequest withTarget(String value) {
        return new BuildRequest(text, dataset, value, modelName, stopAfter);
    }

    public static BuildRequest of(String text) {
        return new BuildRequest(text, null, null, null, Stage.DEPLOY);
    }
}
