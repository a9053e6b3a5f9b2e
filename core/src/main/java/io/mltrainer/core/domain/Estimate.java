package io.mltrainer.core.domain;

import java.util.List;
import java.util.Locale;
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

    /** "about 4 min on a T4, $0.04" — the estimate in a few words. */
    public String headline() {
        String where = accelerator.equals("cpu") ? "the CPU" : "a " + accelerator;
        String line = "about " + duration(trainingSeconds) + " on " + where;
        if (costUsd != null) {
            line += String.format(Locale.ROOT, ", about $%.2f", costUsd);
        }
        if (quotaHours != null && quotaHours > 0) {
            line += ", " + gpuHours(quotaHours) + " of Kaggle's weekly GPU quota";
        }
        return line;
    }

    /** "1.5 GPU hours", "under 0.1 GPU hours". */
    public static String gpuHours(double hours) {
        return hours < 0.1 ? "under 0.1 GPU hours" : String.format(Locale.ROOT, "%.1f GPU hours", hours);
    }

    /** "45 s", "4 min", "2.5 h". */
    public static String duration(long seconds) {
        if (seconds < 90) {
            return seconds + " s";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60.0) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }
}
