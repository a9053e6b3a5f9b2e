package io.mltrainer.nlp;

import io.mltrainer.core.domain.DatasetSourceKind;
import java.util.Objects;

/** Where the request says the data is: a Hub id, a Kaggle {@code owner/slug}, a URL or a path, as written. */
public record DatasetLocation(DatasetSourceKind source, String location) {
    public DatasetLocation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
    }
}
