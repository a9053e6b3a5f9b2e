package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * What a person asked for, as typed, plus the options a surface already knows (from flags or the intake). Any of
 * {@code dataset}, {@code target}, {@code modelName} may be null. {@code stopAfter} ends the build early (for
 * example after code generation, so the code can be read before training). {@code intake} is what a dialogue
 * verified (may be null for one-shot builds); {@code runtime} is a runtime chosen on the command line (null: the
 * intake's, else local).
 */
public record BuildRequest(
        String text,
        String dataset,
        String target,
        String modelName,
        Stage stopAfter,
        IntakeResult intake,
        RuntimeSpec runtime) {
    public BuildRequest {
        Objects.requireNonNull(text, "text");
        stopAfter = stopAfter == null ? Stage.DEPLOY : stopAfter;
    }

    public BuildRequest(
            String text, String dataset, String target, String modelName, Stage stopAfter, IntakeResult intake) {
        this(text, dataset, target, modelName, stopAfter, intake, null);
    }

    public BuildRequest(String text, String dataset, String target, String modelName, Stage stopAfter) {
        this(text, dataset, target, modelName, stopAfter, null, null);
    }

    public BuildRequest withDataset(String value) {
        return new BuildRequest(text, value, target, modelName, stopAfter, intake, runtime);
    }

    public BuildRequest withTarget(String value) {
        return new BuildRequest(text, dataset, value, modelName, stopAfter, intake, runtime);
    }

    public BuildRequest withText(String value) {
        return new BuildRequest(value, dataset, target, modelName, stopAfter, intake, runtime);
    }

    public BuildRequest withRuntime(RuntimeSpec value) {
        return new BuildRequest(text, dataset, target, modelName, stopAfter, intake, value);
    }

    public static BuildRequest of(String text) {
        return new BuildRequest(text, null, null, null, Stage.DEPLOY);
    }
}
