package io.mltrainer.core.domain;

import java.util.Locale;

/** Small formatting shared by every surface. */
public final class Durations {
    private Durations() {}

    public static String seconds(long millis) {
        if (millis >= 120_000) {
            return String.format(Locale.ROOT, "%dm%02ds", millis / 60_000, (millis / 1000) % 60);
        }
        return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }

    public static String statusWord(JobStatus status) {
        return switch (status) {
            case INTAKE -> "collecting details";
            case AWAITING_RUN -> "training";
            default -> status.name().toLowerCase(Locale.ROOT);
        };
    }
}
