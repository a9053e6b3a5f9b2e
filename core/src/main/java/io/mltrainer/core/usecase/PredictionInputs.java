package io.mltrainer.core.usecase;

import io.mltrainer.core.agents.codegen.ScriptKind;
import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.agents.codegen.TrainingSpecs;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.PredictionInput;
import io.mltrainer.core.port.in.BuildRefused;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A typed input read for a model's family: a table row as {@code col=value, …} or as a CSV row in the columns' order,
 * a text (two texts separated by {@code |} for pair models), an image path or attachment.
 */
final class PredictionInputs {
    private PredictionInputs() {}

    static PredictionInput parse(ScriptKind kind, JobContext context, String input, Path attachment) {
        String text = input == null ? "" : input.strip();
        return switch (kind) {
            case SKLEARN_IMAGES -> image(text, attachment);
            case SKLEARN_TEXT -> texts(TrainingSpecs.from(context).columns(), text);
            default ->
                row(
                        context.require(DataReport.class).features().stream()
                                .map(ColumnProfile::name)
                                .toList(),
                        text);
        };
    }

    static PredictionInput.Row row(List<String> columns, String text) {
        if (text.isEmpty()) {
            throw new BuildRefused("Give one row: " + example(columns) + ", or the values in that order as a CSV row.");
        }
        Map<String, String> pairs = pairs(columns, text);
        if (!pairs.isEmpty()) {
            return new PredictionInput.Row(pairs);
        }
        List<String> values = csv(text);
        if (values.size() != columns.size()) {
            throw new BuildRefused("I read " + values.size() + " value(s) but the model takes " + columns.size() + ": "
                    + String.join(", ", columns) + ". Give them in that order, or as " + example(columns) + ".");
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values.get(i));
        }
        return new PredictionInput.Row(row);
    }

    /** {@code col=value, …} with the model's column names (which may hold spaces, commas or brackets). */
    private static Map<String, String> pairs(List<String> columns, String text) {
        String names = columns.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        Matcher key = Pattern.compile("(?:^|,)\\s*(" + names + ")\\s*[=:]").matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        while (key.find()) {
            starts.add(new int[] {key.start(), key.end()});
            keys.add(key.group(1));
        }
        if (keys.isEmpty() || starts.get(0)[0] != 0) {
            return Map.of();
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            pairs.put(keys.get(i), unquote(text.substring(starts.get(i)[1], end).strip()));
        }
        return pairs;
    }

    /** One CSV row: commas separate, double quotes enclose (a doubled one is a quote). */
    static List<String> csv(String text) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                value.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                values.add(value.toString().strip());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString().strip());
        return values;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private static PredictionInput texts(TrainingSpec.Columns columns, String text) {
        if (text.isEmpty()) {
            throw new BuildRefused("Give the text to classify, e.g. `try Win a free cruise now!`.");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        if (columns.textPair() == null) {
            texts.put(columns.text(), text);
        } else {
            int bar = text.indexOf('|');
            if (bar < 0) {
                throw new BuildRefused("This model reads two texts (" + columns.text() + ", " + columns.textPair()
                        + "): separate them with |.");
            }
            texts.put(columns.text(), text.substring(0, bar).strip());
            texts.put(columns.textPair(), text.substring(bar + 1).strip());
        }
        return new PredictionInput.Texts(texts);
    }

    private static PredictionInput image(String text, Path attachment) {
        Path file = attachment != null ? attachment : text.isEmpty() ? null : Path.of(text);
        if (file == null || !Files.isRegularFile(file)) {
            throw new BuildRefused(
                    file == null
                            ? "Attach an image (or give its path) to try this model."
                            : "There is no image at " + file + ".");
        }
        return new PredictionInput.Image(file);
    }

    private static String example(List<String> columns) {
        return columns.stream().limit(3).map(c -> c + "=…").collect(Collectors.joining(", "))
                + (columns.size() > 3 ? ", …" : "");
    }
}
