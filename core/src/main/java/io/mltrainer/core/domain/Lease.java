package io.mltrainer.core.domain;

import java.time.Instant;
import java.util.Objects;

/** Which worker runs a job, until when. A worker renews it while it runs; an expired lease can be taken over. */
public record Lease(String owner, Instant expiresAt) {
    public Lease {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
