package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * Where the data is and which columns matter. {@code location} is a Hub id ({@code user/name}), a Kaggle reference
 * ({@code owner/slug}), a URL or a path, by {@code source}. Every column may be null (a later stage picks it):
 * {@code target} is what a tabular model predicts; {@code textColumn}, {@code labelColumn}, {@code imageColumn}
 * name the inputs and outputs of text, image and sequence tasks; {@code config} and the splits are the Hub's.
 */
public record DatasetSpec(
        DatasetSourceKind source,
        String location,
        String target,
        String textColumn,
        String labelColumn,
        String imageColumn,
        String config,
        String trainSplit,
        String validationSplit,
        String testSplit) {
    public DatasetSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
    }

    public DatasetSpec(DatasetSourceKind source, String location, String target) {
        this(source, location, target, null, null, null, null, null, null, null);
    }

    public DatasetSpec withTarget(String column) {
        return new DatasetSpec(
                source,
                location,
                column,
                textColumn,
                labelColumn,
                imageColumn,
                config,
                trainSplit,
                validationSplit,
                testSplit);
    }
}
