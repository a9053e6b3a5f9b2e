package io.mltrainer.core.domain;

import java.util.Objects;

/** Where the data is and which column to predict ({@code target} may be null: the dataset stage picks it). */
public record DatasetSpec(DatasetSourceKind source, String location, String target) {
    public DatasetSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
    }
}
