package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A notebook session's log as {@code ListKernelSessionOutput} returns it: a string holding a JSON array of
 * {@code {"stream_name", "time", "data"}} chunks (plain text is accepted too), turned into lines.
 */
final class KaggleLog {
    private KaggleLog() {}

    /** The log's lines; with {@code complete} false, a last line still being written is left out. */
    static List<String> lines(String log, boolean complete) {
        if (log == null || log.isBlank()) {
            return List.of();
        }
        String text = text(log);
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (!complete && !text.endsWith("\n") && !lines.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String text(String log) {
        String trimmed = log.strip();
        if (!trimmed.startsWith("[")) {
            return log;
        }
        try {
            JsonNode chunks = KaggleRpc.JSON.readTree(trimmed);
            StringBuilder text = new StringBuilder();
            chunks.forEach(chunk -> text.append(chunk.path("data").asText("")));
            return text.toString();
        } catch (IOException e) {
            return log;
        }
    }
}
