package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.CheckedData;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.Deployment;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskPlan;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import io.mltrainer.core.domain.TrainingRun;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One readable line per stage result, for stage events and chat. */
public final class Summaries {
    private Summaries() {}

    public static String of(StageResult result) {
        if (result instanceof ParsedIntent r && r.unconfirmed() != null) {
            TaskType said = r.unconfirmed().said();
            return (said == null ? "a table task" : said.id()) + " on "
                    + r.dataset().location() + ", its target and task checked against the data next";
        }
        if (result instanceof ParsedIntent r) {
            return r.taskType().id()
                    + (r.dataset() == null ? "" : " on " + r.dataset().location())
                    + (r.dataset() == null || r.dataset().target() == null
                            ? ""
                            : ", target " + r.dataset().target());
        }
        if (result instanceof DataReport r) {
            return r.details() == null || r.details() instanceof io.mltrainer.core.domain.DataDetails.Tabular
                    ? r.rows() + " rows, " + r.columns().size() + " columns, target " + r.target()
                    : r.headline();
        }
        if (result instanceof CheckedData r) {
            return r.intent().taskType().id() + ", " + of(r.report());
        }
        if (result instanceof TaskPlan r) {
            return of(r.preprocess());
        }
        if (result instanceof PreprocessPlan r) {
            return r.featureColumns().size() + " features"
                    + (r.dropped().isEmpty() ? "" : ", dropped " + r.dropped().size());
        }
        if (result instanceof TrainingConfig r) {
            return r.cvFolds() == 0
                    ? "held-out " + r.primaryMetric()
                            + (r.neural() == null
                                    ? ""
                                    : ", " + r.neural().epochs() + " epochs, batch "
                                            + r.neural().effectiveBatch() + " "
                                            + r.neural().precision().name().toLowerCase(Locale.ROOT))
                    : r.cvFolds() + "-fold CV on " + r.primaryMetric();
        }
        if (result instanceof ArchitectureSpec r) {
            String model = r.backbone() != null
                    ? r.backbone().id()
                    : r.candidates().stream().map(ModelCandidate::kind).collect(Collectors.joining(", "));
            return model + (r.estimate() == null ? "" : " (" + r.estimate().headline() + ")");
        }
        if (result instanceof GeneratedCode r) {
            return r.files().size() + " files in " + r.directory();
        }
        if (result instanceof TrainingRun r) {
            return (r.bestModel() == null ? "" : r.bestModel() + ": ") + metrics(r.metrics());
        }
        if (result instanceof Deployment r) {
            return r.target() + " " + r.location();
        }
        return result.stage().id();
    }

    public static String metrics(Map<String, Double> metrics) {
        return metrics.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.4f", e.getValue()))
                .collect(Collectors.joining(" "));
    }
}
