package io.mltrainer.nlp;

import io.mltrainer.core.domain.TaskType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Example requests, each with the task type it asks for. The bundled set lives in {@code task-examples.txt}. */
public record TaskExamples(List<Example> examples) {
    private static final String BUNDLED = "task-examples.txt";

    public TaskExamples {
        examples = List.copyOf(examples);
    }

    public record Example(TaskType type, String text) {
        public Example {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(text, "text");
        }
    }

    public static TaskExamples bundled() {
        try (InputStream in = TaskExamples.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines under {@code [task_type]} headings; blank lines and {@code #} comments are skipped. */
    static TaskExamples parse(List<String> lines) {
        List<Example> out = new ArrayList<>();
        TaskType current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = TaskType.fromId(line.substring(1, line.length() - 1));
            } else if (current == null) {
                throw new IllegalArgumentException("an example before any [task_type] heading: " + line);
            } else {
                out.add(new Example(current, line));
            }
        }
        return new TaskExamples(out);
    }
}
