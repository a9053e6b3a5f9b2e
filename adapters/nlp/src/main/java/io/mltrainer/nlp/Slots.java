package io.mltrainer.nlp;

import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.Expertise;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.Hyperparameters;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.RuntimeSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything but the task type that a request's words say. Null (or {@link Columns#NONE}, {@link
 * Hyperparameters#NONE}) where they say nothing; columns are kept even without a dataset, which a {@link
 * DatasetSpec} cannot hold.
 */
public record Slots(
        DatasetLocation dataset,
        Columns columns,
        Hyperparameters hyperparameters,
        FineTuning fineTuning,
        Precision precision,
        String baseModel,
        DeploymentSpec deployment,
        RuntimeSpec runtime,
        String modelName,
        Expertise expertise) {
    public Slots {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        Objects.requireNonNull(expertise, "expertise");
    }

    /** The dataset with its columns, when the request says where the data is. */
    public Optional<DatasetSpec> datasetSpec() {
        return Optional.ofNullable(dataset)
                .map(d -> new DatasetSpec(
                        d.source(),
                        d.location(),
                        columns.target(),
                        columns.text(),
                        columns.label(),
                        columns.image(),
                        null,
                        null,
                        null,
                        null));
    }

    /** Whether the words say anything at all that a build could use. */
    public boolean isEmpty() {
        return dataset == null
                && columns.isEmpty()
                && hyperparameters.equals(Hyperparameters.NONE)
                && fineTuning == null
                && precision == null
                && baseModel == null
                && deployment == null
                && runtime == null
                && modelName == null;
    }
}
