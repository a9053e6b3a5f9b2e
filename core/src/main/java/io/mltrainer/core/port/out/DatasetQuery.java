package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.DatasetSpec;
import java.util.Objects;

/**
 * Which dataset to inspect, for whom (the owner whose credential references may be resolved at the moment of the
 * call), how many rows to read at most, the build's cancellation (a download stops when it trips), and whether the
 * build may reach public internet addresses only ({@code publicOnly}: builds asked for in a chat, so that a chat
 * user cannot make the bot read this host's or its network's internal services).
 */
public record DatasetQuery(
        DatasetSpec spec,
        String owner,
        Credentials credentials,
        int maxRows,
        CancellationToken cancellation,
        boolean publicOnly) {
    public DatasetQuery {
        Objects.requireNonNull(spec, "spec");
        credentials = credentials == null ? Credentials.NONE : credentials;
        cancellation = cancellation == null ? CancellationToken.NEVER : cancellation;
        if (maxRows <= 0) {
            throw new IllegalArgumentException("max rows must be positive: " + maxRows);
        }
    }

    /** A query that is never cancelled and may reach any address (command-line tools and tests). */
    public DatasetQuery(DatasetSpec spec, String owner, Credentials credentials, int maxRows) {
        this(spec, owner, credentials, maxRows, CancellationToken.NEVER, false);
    }
}
