package io.mltrainer.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.JobEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code MLTRAINER {json}} lines training scripts print, on any runtime: progress, candidate scores,
 * metrics, errors.
 */
public final class ProgressLines {
    public static final String PREFIX = "MLTRAINER ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProgressLines() {}

    /** A parsed line: progress to show, or the script's own error message. */
    public sealed interface Line permits Progress, ScriptError {}

    public record Progress(JobEvent.TrainingProgress event) implements Line {}

    public record ScriptError(String message) implements Line {}

    public static Optional<Line> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = JSON.readTree(line.substring(PREFIX.length()));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        String event = node.path("event").asText("progress");
        return Optional.of(
                switch (event) {
                    case "error" -> new ScriptError(node.path("message").asText("the script failed"));
                    case "candidate" -> candidate(node);
                    case "metrics" ->
                        new Progress(new JobEvent.TrainingProgress(
                                "evaluate", "test metrics", null, null, numbers(node.path("metrics"))));
                    case "done" -> new Progress(new JobEvent.TrainingProgress("done", "model saved", null, null, null));
                    default ->
                        new Progress(new JobEvent.TrainingProgress(
                                text(node, "phase"),
                                text(node, "message"),
                                integer(node, "step"),
                                integer(node, "total"),
                                numbers(node.path("metrics"))));
                });
    }

    private static Line candidate(JsonNode node) {
        String name = node.path("name").asText("candidate");
        String metric = node.path("metric").asText("score");
        double score = node.path("cv_score").asDouble(Double.NaN);
        Map<String, Double> metrics = Double.isNaN(score) ? Map.of() : Map.of("cv_" + metric, score);
        return new Progress(new JobEvent.TrainingProgress(
                "cv",
                name + " " + metric + "="
                        + (Double.isNaN(score) ? "?" : String.format(java.util.Locale.ROOT, "%.4f", score)),
                null,
                null,
                metrics));
    }

    public static Map<String, Double> numbers(JsonNode node) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isNumber()) {
                    values.put(e.getKey(), e.getValue().asDouble());
                }
            });
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) && node.get(field).canConvertToInt()
                ? node.get(field).asInt()
                : null;
    }
}
