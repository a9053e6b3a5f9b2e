package io.mltrainer.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a run should take, before any compute: where ({@code accelerator} is "cpu" or a GPU name), how long, how much
 * accelerator memory at its peak, the cost on a paid runtime (US dollars) or the quota it uses on a quota runtime
 * (GPU hours), and the assumptions behind the numbers.
 */
public record Estimate(
        RuntimeKind runtime,
        String accelerator,
        long trainingSeconds,
        double peakMemoryGb,
        Double costUsd,
        Double quotaHours,
        List<String> assumptions) {
    public Estimate {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(accelerator, "accelerator");
        if (trainingSeconds <= 0) {
            throw new IllegalArgumentException("an estimate takes some time: " + trainingSeconds);
        }
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    }
}
