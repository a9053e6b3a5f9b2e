package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ColumnNote;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.LengthStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A data report in a few readable lines for a chat thread or a terminal. */
public final class DataReports {
    private static final int SHOWN = 6;
    private static final String LAYOUT = "layout: ";

    private DataReports() {}

    /** A note that says how the data was understood ("translation pairs, `en` (en) → `de` (de)"). */
    public static String layout(String description) {
        return LAYOUT + description;
    }

    public static List<String> render(DataReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(report.headline());
        report.notes().stream().filter(n -> n.startsWith(LAYOUT)).forEach(lines::add);
        if (!report.classCounts().isEmpty()) {
            lines.add("classes: " + counts(report.classCounts()) + balance(report.classCounts()));
        }
        lines.addAll(details(report));
        report.notes().stream().filter(n -> !n.startsWith(LAYOUT)).forEach(n -> lines.add("note: " + n));
        return lines;
    }

    private static List<String> details(DataReport report) {
        DataDetails details = report.details();
        if (details == null) {
            return List.of();
        }
        if (details instanceof DataDetails.Tabular t) {
            return tabular(report, t);
        }
        if (details instanceof DataDetails.Text t) {
            return List.of("texts: " + words(t.words()) + language(t.language())
                    + (t.duplicates() > 0 ? ", " + t.duplicates() + " duplicates" : ""));
        }
        if (details instanceof DataDetails.Images i) {
            return images(i);
        }
        if (details instanceof DataDetails.Detection d) {
            return List.of(
                    d.images() + " images, " + d.objects() + " boxes (" + d.annotations() + ", " + d.bboxFormat() + ")",
                    "boxes per category: " + counts(d.objectsPerCategory()));
        }
        if (details instanceof DataDetails.Tokens t) {
            return List.of(
                    "tags (" + t.scheme() + "): " + String.join(", ", t.tagSet()),
                    "tokens per sentence: " + range(t.tokensPerRow()) + "; entities: " + counts(t.entities()));
        }
        if (details instanceof DataDetails.Seq2Seq s) {
            return List.of(
                    "source: " + words(s.sourceWords()) + ", target: " + words(s.targetWords()),
                    "languages: " + show(s.sourceLanguage()) + " → " + show(s.targetLanguage()));
        }
        if (details instanceof DataDetails.Instructions i) {
            return List.of(
                    "format: " + i.format() + ", " + i.turnsPerExample() + " turns per example, roles "
                            + counts(i.roles()),
                    "examples: " + words(i.words()) + language(i.language()));
        }
        if (details instanceof DataDetails.TimeSeries t) {
            return List.of(
                    t.frequency() + " from " + t.start() + " to " + t.end() + ", " + t.series() + " series, " + t.gaps()
                            + " gaps, " + t.duplicates() + " duplicate timestamps",
                    "forecast horizon: " + t.horizon() + " steps");
        }
        DataDetails.Clustering c = (DataDetails.Clustering) details;
        return List.of("features: " + String.join(", ", c.features()), "k from " + c.minK() + " to " + c.maxK());
    }

    private static List<String> tabular(DataReport report, DataDetails.Tabular t) {
        List<String> lines = new ArrayList<>();
        String kinds = report.columns().stream()
                .collect(Collectors.groupingBy(c -> c.kind().name().toLowerCase(Locale.ROOT), Collectors.counting()))
                .entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        lines.add("column types: " + kinds);
        if (!t.suspectedLeaks().isEmpty()) {
            lines.add("suspected leaks: " + notes(t.suspectedLeaks()));
        }
        if (!t.missing().isEmpty()) {
            lines.add("missing values: " + notes(t.missing()));
        }
        return lines;
    }

    private static List<String> images(DataDetails.Images i) {
        List<String> lines = new ArrayList<>();
        lines.add(i.images() + " images, width " + range(i.widths()) + " px, height " + range(i.heights()) + " px");
        if (i.targetMin() != null) {
            lines.add("values from " + i.targetMin() + " to " + i.targetMax());
        }
        if (!i.unreadable().isEmpty()) {
            lines.add(i.unreadable().size() + " unreadable: "
                    + String.join(
                            ", ",
                            i.unreadable()
                                    .subList(0, Math.min(SHOWN, i.unreadable().size()))));
        }
        return lines;
    }

    static String counts(Map<String, Long> counts) {
        String shown = counts.entrySet().stream()
                .limit(SHOWN)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return counts.size() > SHOWN ? shown + " and " + (counts.size() - SHOWN) + " more" : shown;
    }

    private static String balance(Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long min = counts.values().stream().mapToLong(Long::longValue).min().orElse(0);
        return min > 0 && max >= 3 * min ? " (imbalanced: " + max / min + "× between largest and smallest)" : "";
    }

    private static String notes(List<ColumnNote> notes) {
        return notes.stream()
                .map(n -> "`" + n.column() + "` (" + n.note() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String words(LengthStats s) {
        return "median " + s.median() + " words (" + s.min() + "–" + s.max() + ", 95% under " + s.p95() + ")";
    }

    private static String range(LengthStats s) {
        return s.min() == s.max() ? Long.toString(s.min()) : s.min() + "–" + s.max() + " (median " + s.median() + ")";
    }

    private static String language(String code) {
        return code == null ? "" : ", language " + code;
    }

    private static String show(String code) {
        return code == null ? "?" : code;
    }
}
