package io.mltrainer.core.port;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.DatasetSpec;
import java.util.Objects;

/**
 * Which dataset to inspect, for whom (the owner whose credential references may be resolved at the moment of the
 * call), and how many rows to read at most.
 */
public record DatasetQuery(DatasetSpec spec, String owner, Credentials credentials, int maxRows) {
    public DatasetQuery {
        Objects.requireNonNull(spec, "spec");
        credentials = credentials == null ? Credentials.NONE : credentials;
        if (maxRows <= 0) {
            throw new IllegalArgumentException("max rows must be positive: " + maxRows);
        }
    }
}
