package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * What a person asked for, as typed, plus the options a surface already knows (from flags or the intake). Any of
 * {@code dataset}, {@code target}, {@code modelName} may be null. {@code stopAfter} ends the build early (for
 * example after code generation, so the code can be read before training). {@code intake} is what a dialogue
 * verified (may be null for one-shot builds); {@code runtime} is a runtime chosen on the command line (null: the
 * intake's, else local); {@code costConfirmed} says the person agreed to the estimate of a paid run (stored jobs
 * without it read as false).
 */
public record BuildRequest(
        String text,
        String dataset,
        String target,
        String modelName,
        Stage stopAfter,
        IntakeResult intake,
        RuntimeSpec runtime,
        boolean costConfirmed,
        DeploymentSpec deployment) {
    public BuildRequest {
        Objects.requireNonNull(text, "text");
        stopAfter = stopAfter == null ? Stage.DEPLOY : stopAfter;
    }

    public BuildRequest(
            String text,
            String dataset,
            String target,
            String modelName,
            Stage stopAfter,
            IntakeResult intake,
            RuntimeSpec runtime,
            boolean costConfirmed) {
        this(text, dataset, target, modelName, stopAfter, intake, runtime, costConfirmed, null);
    }

    public BuildRequest(
            String text,
            String dataset,
            String target,
            String modelName,
            Stage stopAfter,
            IntakeResult intake,
            RuntimeSpec runtime) {
        this(text, dataset, target, modelName, stopAfter, intake, runtime, false);
    }

    public BuildRequest(
            String text, String dataset, String target, String modelName, Stage stopAfter, IntakeResult intake) {
        this(text, dataset, target, modelName, stopAfter, intake, null);
    }

    public BuildRequest(String text, String dataset, String target, String modelName, Stage stopAfter) {
        this(text, dataset, target, modelName, stopAfter, null, null);
    }

    public BuildRequest withDataset(String value) {
        return new BuildRequest(text, value, target, modelName, stopAfter, intake, runtime, costConfirmed, deployment);
    }

    public BuildRequest withTarget(String value) {
        return new BuildRequest(text, dataset, value, modelName, stopAfter, intake, runtime, costConfirmed, deployment);
    }

    public BuildRequest withText(String value) {
        return new BuildRequest(
                value, dataset, target, modelName, stopAfter, intake, runtime, costConfirmed, deployment);
    }

    public BuildRequest withRuntime(RuntimeSpec value) {
        return new BuildRequest(text, dataset, target, modelName, stopAfter, intake, value, costConfirmed, deployment);
    }

    /** The person agreed to the time and cost of the run on a paid or quota-limited runtime. */
    public BuildRequest withCostConfirmed() {
        return new BuildRequest(text, dataset, target, modelName, stopAfter, intake, runtime, true, deployment);
    }

    /** Where the model goes, chosen on the command line or in an answer; it changes only the deploy stage. */
    public BuildRequest withDeployment(DeploymentSpec value) {
        return new BuildRequest(text, dataset, target, modelName, stopAfter, intake, runtime, costConfirmed, value);
    }

    /**
     * The same request, ignoring whether its cost was confirmed and where the model goes: neither changes what was
     * understood, planned or trained.
     */
    public boolean sameAs(BuildRequest other) {
        return withCostConfirmed()
                .withDeployment(null)
                .equals(other.withCostConfirmed().withDeployment(null));
    }

    public static BuildRequest of(String text) {
        return new BuildRequest(text, null, null, null, Stage.DEPLOY);
    }
}
