package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * What the request asks for. Holds secret references only, never a secret. Optional parts are null when the request
 * did not say: {@code baseModel} is an architecture preference ("distilbert-base-uncased"), {@code fineTuning} and
 * {@code precision} apply to neural models.
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
        String modelName)
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
        this(taskType, description, null, dataset, null, null, null, null, null, null, modelName);
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
                modelName);
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
                value);
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
                modelName);
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
                modelName);
    }

    @Override
    public Stage stage() {
        return Stage.INTENT;
    }
}
