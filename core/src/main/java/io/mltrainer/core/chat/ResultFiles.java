package io.mltrainer.core.chat;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.TrainingRun;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The results of a build as a file to share in its thread: the metrics of the chosen model and of each candidate. */
final class ResultFiles {
    private ResultFiles() {}

    static String metrics(Job job) {
        TrainingRun run = job.context().run();
        return "{\n  \"build\": " + quote(job.id().value())
                + ",\n  \"task_type\": " + quote(job.taskType().map(t -> t.id()).orElse(""))
                + ",\n  \"model\": " + quote(run.bestModel() == null ? "" : run.bestModel())
                + ",\n  \"metrics\": " + numbers(run.metrics())
                + ",\n  \"cross_validation\": " + numbers(run.cvScores())
                + ",\n  \"location\": "
                + quote(
                        job.context().deployment() == null
                                ? ""
                                : job.context().deployment().location())
                + "\n}\n";
    }

    private static String numbers(Map<String, Double> values) {
        if (values == null || values.isEmpty()) {
            return "{}";
        }
        return new TreeMap<>(values)
                .entrySet().stream()
                        .map(e -> quote(e.getKey()) + ": "
                                + (e.getValue() == null
                                                || e.getValue().isNaN()
                                                || e.getValue().isInfinite()
                                        ? "null"
                                        : String.format(Locale.ROOT, "%.6g", e.getValue())))
                        .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
