package io.mltrainer.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A training run that has started and not yet finished, checkpointed so that a restarted mltrainer finds it.
 * {@code pid} and {@code processStart} identify a local process unambiguously (pids are reused).
 */
public record RunHandle(String runtime, String runId, String outputDir, Long pid, Instant processStart) {
    public RunHandle {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(runId, "runId");
    }
}
