package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * What a person asked for, as typed, plus the options a surface already knows (from flags or the intake). Any of
 * {@code dataset}, {@code target}, {@code modelName} may be null. {@code stopAfter} ends the build early (for
 * example after code generation, so the code can be read before training). {@code intake} is what a dialogue
 * verified (may be null for one-shot builds); {@code runtime} is a runtime chosen on the command line (null: the
 * intake's, else local); {@code costConfirmed} says the person agreed to the estimate of a paid run (stored jobs
 * without it read as false). {@code understood} is what the words were understood as before the build started (the
 * intake's understanding; null when nobody read them yet): the intent stage takes it instead of reading them again.
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
        DeploymentSpec deployment,
        Understanding understood) {
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
        this(text, dataset, target, modelName, stopAfter, intake, runtime, costConfirmed, null, null);
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
        return new BuildRequest(
                text, value, target, modelName, stopAfter, intake, runtime, costConfirmed, deployment, understood);
    }

    public BuildRequest withTarget(String value) {
        return new BuildRequest(
                text, dataset, value, modelName, stopAfter, intake, runtime, costConfirmed, deployment, understood);
    }

    /** Other words are another request: what the old ones were understood as no longer holds (they are read). */
    public BuildRequest withText(String value) {
        return new BuildRequest(
                value, dataset, target, modelName, stopAfter, intake, runtime, costConfirmed, deployment, null);
    }

    public BuildRequest withRuntime(RuntimeSpec value) {
        return new BuildRequest(
                text, dataset, target, modelName, stopAfter, intake, value, costConfirmed, deployment, understood);
    }

    /** The person agreed to the time and cost of the run on a paid or quota-limited runtime. */
    public BuildRequest withCostConfirmed() {
        return new BuildRequest(
                text, dataset, target, modelName, stopAfter, intake, runtime, true, deployment, understood);
    }

    /** Where the model goes, chosen on the command line or in an answer; it changes only the deploy stage. */
    public BuildRequest withDeployment(DeploymentSpec value) {
        return new BuildRequest(
                text, dataset, target, modelName, stopAfter, intake, runtime, costConfirmed, value, understood);
    }

    /** The request with what its words were understood as (by the intake, before the build starts). */
    public BuildRequest withUnderstanding(Understanding value) {
        return new BuildRequest(
                text, dataset, target, modelName, stopAfter, intake, runtime, costConfirmed, deployment, value);
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
