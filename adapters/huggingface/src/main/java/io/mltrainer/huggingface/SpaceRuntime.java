package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Where a Space is: {@code stage} as the Hub says it ({@code BUILDING}, {@code RUNNING}, {@code BUILD_ERROR},
 * {@code RUNTIME_ERROR}, …) and, when it failed, the tail of its error ({@code errorMessage}).
 */
public record SpaceRuntime(String stage, String error) {
    /** How much of a failed build's output a report carries. */
    static final int TAIL_LINES = 15;

    private static final List<String> WAITING = List.of("NO_APP_FILE", "CONFIG_ERROR");

    static SpaceRuntime of(JsonNode runtime) {
        String error = runtime.path("errorMessage").asText("");
        return new SpaceRuntime(runtime.path("stage").asText("UNKNOWN"), tail(error));
    }

    public boolean running() {
        return "RUNNING".equals(stage);
    }

    /** Settled: running, or failed in a way that waiting will not change. */
    public boolean settled() {
        return running() || stage.endsWith("_ERROR") || WAITING.contains(stage);
    }

    private static String tail(String error) {
        List<String> lines = error.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
