package io.mltrainer.core.testing;

import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.Hyperparameters;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.TaskType;

/** Parsed intents for planning tests: a task on a dataset, then the user's explicit choices one at a time. */
public record Intents(ParsedIntent intent) {
    public static Intents of(TaskType type, String location) {
        return of(type, new DatasetSpec(DatasetSourceKind.LOCAL, location, null));
    }

    public static Intents of(TaskType type, DatasetSpec dataset) {
        return new Intents(new ParsedIntent(type, "build a " + type.id() + " model", dataset, "model"));
    }

    public Intents saying(String description) {
        return with(
                description,
                intent.hyperparameters(),
                intent.fineTuning(),
                intent.precision(),
                intent.baseModel(),
                intent.runtime());
    }

    public Intents on(RuntimeKind kind) {
        return on(kind, null);
    }

    public Intents on(RuntimeKind kind, String accelerator) {
        return with(
                intent.description(),
                intent.hyperparameters(),
                intent.fineTuning(),
                intent.precision(),
                intent.baseModel(),
                new RuntimeSpec(kind, accelerator));
    }

    public Intents model(String baseModel, FineTuning method) {
        return with(
                intent.description(),
                intent.hyperparameters(),
                method,
                intent.precision(),
                baseModel,
                intent.runtime());
    }

    public Intents precision(Precision precision) {
        return with(
                intent.description(),
                intent.hyperparameters(),
                intent.fineTuning(),
                precision,
                intent.baseModel(),
                intent.runtime());
    }

    public Intents hyperparameters(Hyperparameters values) {
        return with(
                intent.description(),
                values,
                intent.fineTuning(),
                intent.precision(),
                intent.baseModel(),
                intent.runtime());
    }

    private Intents with(
            String description,
            Hyperparameters hyperparameters,
            FineTuning fineTuning,
            Precision precision,
            String baseModel,
            RuntimeSpec runtime) {
        return new Intents(new ParsedIntent(
                intent.taskType(),
                description,
                intent.expertise(),
                intent.dataset(),
                hyperparameters,
                fineTuning,
                precision,
                baseModel,
                intent.deployment(),
                runtime,
                intent.modelName(),
                intent.unconfirmed()));
    }
}
