package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.Estimate;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.StageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns expected seconds into what the user pays: Modal's price per GPU hour, or the share of Kaggle's weekly GPU
 * quota; a run longer than the quota is refused, one longer than the local time limit is flagged.
 */
public final class Estimates {
    private Estimates() {}

    public static Estimate of(
            Catalogue catalogue,
            RuntimeKind runtime,
            Catalogue.Accelerator accelerator,
            long seconds,
            double memoryGb,
            long localLimitSeconds,
            List<String> assumptions) {
        Catalogue.Offer offer = catalogue.offer(runtime);
        double hours = seconds / 3600.0;
        List<String> notes = new ArrayList<>(assumptions);
        Double cost = null;
        Double quota = null;
        switch (runtime) {
            case MODAL -> {
                cost = round(hours * accelerator.usdPerHour());
                notes.add(
                        accelerator.gpu()
                                ? String.format(
                                        Locale.ROOT,
                                        "Modal %s at $%.2f per hour",
                                        accelerator.name(),
                                        accelerator.usdPerHour())
                                : "a Modal CPU container (a few cents an hour)");
            }
            case KAGGLE -> {
                quota = accelerator.gpu() ? round(hours) : 0.0;
                if (offer.weeklyQuotaHours() != null && hours > offer.weeklyQuotaHours()) {
                    throw StageException.badInput(String.format(
                            Locale.ROOT,
                            "This run needs about %.0f GPU hours, more than Kaggle's weekly quota of %.0f. Use"
                                    + " --runtime modal, fewer epochs or a smaller model.",
                            hours,
                            offer.weeklyQuotaHours()));
                }
                notes.add(
                        accelerator.gpu()
                                ? String.format(
                                        Locale.ROOT,
                                        "uses %s of Kaggle's ~%.0f GPU hours a week",
                                        Estimate.gpuHours(hours),
                                        offer.weeklyQuotaHours())
                                : "a Kaggle CPU session: no GPU quota used");
                if (offer.sessionHours() != null && hours > offer.sessionHours()) {
                    notes.add("longer than one Kaggle session ("
                            + offer.sessionHours().intValue() + " h): the run checkpoints and resumes");
                }
            }
            case LOCAL -> {
                if (seconds > localLimitSeconds) {
                    notes.add("longer than the local time limit of " + localLimitSeconds
                            + " s (MLTRAINER_TRAIN_TIME_LIMIT): raise it, or use --runtime kaggle or modal");
                }
            }
        }
        return new Estimate(runtime, accelerator.name(), seconds, round(memoryGb), cost, quota, notes);
    }

    /** The time limit a run gets: the configured one locally, twice the estimate (within bounds) remotely. */
    public static long timeLimit(Catalogue catalogue, RuntimeKind runtime, long seconds, long localLimitSeconds) {
        if (runtime == RuntimeKind.LOCAL) {
            return localLimitSeconds;
        }
        Double session = catalogue.offer(runtime).sessionHours();
        long ceiling = session == null ? 24 * 3600L : Math.round(session * 3600);
        return Math.max(1800, Math.min(ceiling, seconds * 2 + 600));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
