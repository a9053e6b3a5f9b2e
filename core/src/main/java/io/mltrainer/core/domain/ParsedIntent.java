package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * What the request asks for. Holds secret references only, never a secret. Optional parts are null when the request
 * did not say: {@code baseModel} is an architecture preference ("distilbert-base-uncased"), {@code fineTuning} and
 * {@code precision} apply to neural models. {@code unconfirmed} is set by the intent stage for a local table whose
 * target and task its data still has to settle; the dataset stage clears it (see {@link CheckedData}).
 */
public record ParsedIntent(
        TaskType taskType,
        String description,
        Expertise expertise,
        DatasetSpec dataset,
        Hyperparameters hyperparameters,
        FineTuning fineTuning,
        Precision precision,
        String baseModel,
        DeploymentSpec deployment,
        RuntimeSpec runtime,
        String modelName,
        UnconfirmedTask unconfirmed)
        implements StageResult {
    public ParsedIntent {
        Objects.requireNonNull(taskType, "taskType");
        description = description == null ? "" : description;
        expertise = expertise == null ? Expertise.INTERMEDIATE : expertise;
        hyperparameters = hyperparameters == null ? Hyperparameters.NONE : hyperparameters;
        deployment = deployment == null ? DeploymentSpec.LOCAL : deployment;
        runtime = runtime == null ? RuntimeSpec.LOCAL : runtime;
    }

    public ParsedIntent(TaskType taskType, String description, DatasetSpec dataset, String modelName) {
        this(taskType, description, null, dataset, null, null, null, null, null, null, modelName, null);
    }

    /** An intent with nothing left to check against its data (every reading of words, before any table was read). */
    public ParsedIntent(
            TaskType taskType,
            String description,
            Expertise expertise,
            DatasetSpec dataset,
            Hyperparameters hyperparameters,
            FineTuning fineTuning,
            Precision precision,
            String baseModel,
            DeploymentSpec deployment,
            RuntimeSpec runtime,
            String modelName) {
        this(
                taskType,
                description,
                expertise,
                dataset,
                hyperparameters,
                fineTuning,
                precision,
                baseModel,
                deployment,
                runtime,
                modelName,
                null);
    }

    public ParsedIntent withDataset(DatasetSpec value) {
        return new ParsedIntent(
                taskType,
                description,
                expertise,
                value,
                hyperparameters,
                fineTuning,
                precision,
                baseModel,
                deployment,
                runtime,
                modelName,
                unconfirmed);
    }

    public ParsedIntent withModelName(String value) {
        return new ParsedIntent(
                taskType,
                description,
                expertise,
                dataset,
                hyperparameters,
                fineTuning,
                precision,
                baseModel,
                deployment,
                runtime,
                value,
                unconfirmed);
    }

    public ParsedIntent withRuntime(RuntimeSpec value) {
        return new ParsedIntent(
                taskType,
                description,
                expertise,
                dataset,
                hyperparameters,
                fineTuning,
                precision,
                baseModel,
                deployment,
                value,
                modelName,
                unconfirmed);
    }

    public ParsedIntent withTaskType(TaskType value) {
        return new ParsedIntent(
                value,
                description,
                expertise,
                dataset,
                hyperparameters,
                fineTuning,
                precision,
                baseModel,
                deployment,
                runtime,
                modelName,
                unconfirmed);
    }

    /** The same intent, waiting for (or, with null, done with) the check against its local table. */
    public ParsedIntent withUnconfirmed(UnconfirmedTask value) {
        return new ParsedIntent(
                taskType,
                description,
                expertise,
                dataset,
                hyperparameters,
                fineTuning,
                precision,
                baseModel,
                deployment,
                runtime,
                modelName,
                value);
    }

    @Override
    public Stage stage() {
        return Stage.INTENT;
    }
}
