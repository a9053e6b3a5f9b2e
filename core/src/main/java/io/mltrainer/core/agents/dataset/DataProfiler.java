package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.port.out.RawTable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Infers each column's kind and statistics from the rows that were read. */
public final class DataProfiler {
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none", "?", "-");
    private static final Pattern ID_NAME = Pattern.compile("(?i)^(id|uuid|guid|index|row|row_?id|unnamed: ?0)$|.*_id$");
    private static final double MOSTLY = 0.95;

    private DataProfiler() {}

    public static boolean isMissing(String value) {
        return value == null || MISSING.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    public static List<ColumnProfile> profile(RawTable table) {
        List<ColumnProfile> profiles = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            profiles.add(profile(table.header().get(c), column(table, c)));
        }
        return profiles;
    }

    public static List<String> column(RawTable table, int index) {
        List<String> values = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            values.add(index < row.size() ? row.get(index) : null);
        }
        return values;
    }

    static ColumnProfile profile(String name, List<String> values) {
        List<String> present =
                values.stream().filter(v -> !isMissing(v)).map(String::trim).toList();
        double missing = values.isEmpty() ? 1.0 : 1.0 - (double) present.size() / values.size();
        Set<String> distinct = new HashSet<>(present);
        if (present.isEmpty()) {
            return new ColumnProfile(name, ColumnKind.EMPTY, missing, 0, false, null, null);
        }
        long numbers = present.stream().filter(DataProfiler::isNumber).count();
        if (numbers >= MOSTLY * present.size()) {
            double[] parsed = present.stream()
                    .filter(DataProfiler::isNumber)
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            double min = java.util.Arrays.stream(parsed).min().orElse(0);
            double max = java.util.Arrays.stream(parsed).max().orElse(0);
            boolean sequence = distinct.size() == values.size()
                    && java.util.Arrays.stream(parsed).allMatch(v -> v == Math.rint(v))
                    && max - min == values.size() - 1;
            boolean idLike =
                    distinct.size() == values.size() && (ID_NAME.matcher(name).matches() || sequence);
            return new ColumnProfile(name, ColumnKind.NUMERIC, missing, distinct.size(), idLike, min, max);
        }
        long dates = present.stream().filter(DataProfiler::isDate).count();
        if (dates >= MOSTLY * present.size()) {
            return new ColumnProfile(name, ColumnKind.DATE, missing, distinct.size(), false, null, null);
        }
        double meanLength = present.stream().mapToInt(String::length).average().orElse(0);
        long withSpaces = present.stream().filter(v -> v.contains(" ")).count();
        boolean unique = distinct.size() == present.size() && present.size() > 20;
        if (meanLength > 40 || (unique && withSpaces > present.size() / 2)) {
            return new ColumnProfile(name, ColumnKind.TEXT, missing, distinct.size(), false, null, null);
        }
        boolean idLike = unique && (ID_NAME.matcher(name).matches() || withSpaces == 0);
        return new ColumnProfile(name, ColumnKind.CATEGORICAL, missing, distinct.size(), idLike, null, null);
    }

    static boolean isNumber(String value) {
        try {
            double d = Double.parseDouble(value.trim());
            return !Double.isNaN(d) && !Double.isInfinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isDate(String value) {
        String v = value.trim();
        if (v.length() < 8 || !Character.isDigit(v.charAt(0))) {
            return false;
        }
        try {
            LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
            return v.length() <= 10 || parsesAsDateTime(v);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean parsesAsDateTime(String v) {
        try {
            LocalDateTime.parse(v.replace(' ', 'T').replaceAll("Z$", ""));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
