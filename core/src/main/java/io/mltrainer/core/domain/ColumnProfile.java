package io.mltrainer.core.domain;

import java.util.Objects;

/** One column as the dataset stage found it. {@code min}/{@code max} are set for numeric columns only. */
public record ColumnProfile(
        String name, ColumnKind kind, double missingShare, long distinct, boolean idLike, Double min, Double max) {
    public ColumnProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean constant() {
        return distinct <= 1;
    }
}
