package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetSample;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A time index and a value (optionally per series): the frequency from the typical step, missing periods (gaps),
 * repeated timestamps, and a horizon that suits the frequency and the length of the history.
 */
final class TimeSeriesInspector implements Inspector {
    static final List<String> TIME_NAMES = List.of("date", "ds", "time", "timestamp", "datetime", "month", "period");
    static final List<String> VALUE_NAMES =
            List.of("value", "y", "target", "price", "close", "sales", "demand", "count", "amount");
    static final List<String> SERIES_NAMES = List.of("series", "id", "item", "store", "symbol", "ticker", "unique_id");

    @Override
    public DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        List<String> header = sample.table().header();
        List<ColumnProfile> profiles = columns;
        String time = ColumnChoice.pick(
                QuestionSlot.TIME,
                "the time",
                null,
                intent.dataset().target(),
                intent.description(),
                header,
                profiles.stream()
                        .filter(p -> p.kind() == ColumnKind.DATE)
                        .map(ColumnProfile::name)
                        .toList(),
                TIME_NAMES);
        String value = ColumnChoice.pick(
                QuestionSlot.TARGET,
                "the value to forecast",
                time.equals(intent.dataset().target()) ? null : intent.dataset().target(),
                intent.description(),
                header,
                values(profiles, time),
                VALUE_NAMES);
        if (profiles.get(header.indexOf(value)).kind() != ColumnKind.NUMERIC) {
            throw StageException.badInput("`" + value + "` is not numeric, and forecasting predicts numbers. Numeric"
                    + " columns: " + String.join(", ", ImageInspector.numericColumns(sample, time)) + ".");
        }
        String series =
                seriesColumn(profiles, time, value, sample.table().rows().size());
        Map<String, List<LocalDateTime>> bySeries = new LinkedHashMap<>();
        List<String> times = sample.column(time);
        List<String> keys = series == null ? List.of() : sample.column(series);
        for (int i = 0; i < times.size(); i++) {
            LocalDateTime t = parse(times.get(i));
            if (t != null) {
                bySeries.computeIfAbsent(series == null ? "" : keys.get(i), k -> new ArrayList<>())
                        .add(t);
            }
        }
        Step step = Step.of(bySeries.values().iterator().next());
        long gaps = 0;
        long duplicates = 0;
        long shortest = Long.MAX_VALUE;
        LocalDateTime start = null;
        LocalDateTime end = null;
        for (List<LocalDateTime> points : bySeries.values()) {
            points.sort(null);
            Set<LocalDateTime> seen = new HashSet<>();
            for (int i = 0; i < points.size(); i++) {
                if (!seen.add(points.get(i))) {
                    duplicates++;
                } else if (i > 0) {
                    gaps += Math.max(0, step.between(points.get(i - 1), points.get(i)) - 1);
                }
            }
            shortest = Math.min(shortest, seen.size());
            start = start == null || points.get(0).isBefore(start) ? points.get(0) : start;
            end = end == null || points.get(points.size() - 1).isAfter(end) ? points.get(points.size() - 1) : end;
        }
        int horizon = (int) Math.max(1, Math.min(step.defaultHorizon(), shortest / 5));
        long needed = 2L * horizon + 10;
        if (shortest < needed) {
            throw StageException.badInput("The shortest series has " + shortest + " points; forecasting " + horizon
                    + " " + step.unit() + " ahead needs at least " + needed + ". Add history.");
        }
        List<String> notes = Samples.notes(sample);
        if (gaps > 0) {
            notes.add(gaps + " missing " + step.unit() + " are filled by carrying the last value forward");
        }
        var details = new DataDetails.TimeSeries(
                step.name(), bySeries.size(), gaps, duplicates, horizon, Dates.show(start), Dates.show(end));
        return Samples.report(
                sample,
                columns,
                value,
                Map.of(),
                notes,
                new ColumnRoles(value, null, null, null, null, time, series),
                details);
    }

    /** Numeric columns that are not ids; if every one looks like an id (a counter), all of them. */
    private static List<String> values(List<ColumnProfile> profiles, String time) {
        List<ColumnProfile> numeric = profiles.stream()
                .filter(p -> p.kind() == ColumnKind.NUMERIC && !p.name().equals(time))
                .toList();
        List<ColumnProfile> plain = numeric.stream().filter(p -> !p.idLike()).toList();
        return (plain.isEmpty() ? numeric : plain)
                .stream().map(ColumnProfile::name).toList();
    }

    private static String seriesColumn(List<ColumnProfile> profiles, String time, String value, int rows) {
        return profiles.stream()
                .filter(p -> !p.name().equals(time) && !p.name().equals(value))
                .filter(p -> p.kind() == ColumnKind.CATEGORICAL && p.distinct() > 1 && p.distinct() <= rows / 10)
                .filter(p -> SERIES_NAMES.contains(p.name().toLowerCase(java.util.Locale.ROOT)))
                .map(ColumnProfile::name)
                .findFirst()
                .orElse(null);
    }

    static LocalDateTime parse(String cell) {
        if (cell == null || DataProfiler.isMissing(cell)) {
            return null;
        }
        String v = cell.trim();
        try {
            return v.length() <= 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The typical distance between two points. */
    record Step(String name, String unit, ChronoUnit chrono, long amount, int defaultHorizon) {
        static Step of(List<LocalDateTime> points) {
            List<LocalDateTime> sorted = points.stream().distinct().sorted().toList();
            List<Long> hours = new ArrayList<>();
            for (int i = 1; i < sorted.size(); i++) {
                hours.add(ChronoUnit.HOURS.between(sorted.get(i - 1), sorted.get(i)));
            }
            long median =
                    hours.isEmpty() ? 24 : hours.stream().sorted().toList().get(hours.size() / 2);
            if (median < 24) {
                return new Step("hourly", "hours", ChronoUnit.HOURS, Math.max(1, median), 24);
            }
            long days = median / 24;
            if (days < 7) {
                return new Step("daily", "days", ChronoUnit.DAYS, days, 30);
            }
            if (days < 28) {
                return new Step("weekly", "weeks", ChronoUnit.WEEKS, Math.max(1, days / 7), 13);
            }
            if (days < 80) {
                return new Step("monthly", "months", ChronoUnit.MONTHS, 1, 12);
            }
            if (days < 300) {
                return new Step("quarterly", "quarters", ChronoUnit.MONTHS, 3, 4);
            }
            return new Step("yearly", "years", ChronoUnit.YEARS, 1, 3);
        }

        long between(LocalDateTime a, LocalDateTime b) {
            return chrono.between(a, b) / amount;
        }
    }

    /** Dates shown without a midnight time. */
    static final class Dates {
        private Dates() {}

        static String show(LocalDateTime t) {
            if (t == null) {
                return null;
            }
            return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? t.toLocalDate().toString()
                    : t.toString();
        }
    }
}
