package io.mltrainer.core.domain;

import java.util.Arrays;
import java.util.List;

/** The spread of lengths (words, tokens or pixels) over a sample. */
public record LengthStats(long min, long median, long p95, long max, double mean) {
    public static final LengthStats EMPTY = new LengthStats(0, 0, 0, 0, 0);

    public static LengthStats of(List<? extends Number> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        long[] sorted = values.stream().mapToLong(Number::longValue).sorted().toArray();
        double mean = Arrays.stream(sorted).average().orElse(0);
        return new LengthStats(
                sorted[0],
                sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)],
                sorted[sorted.length - 1],
                Math.round(mean * 10) / 10.0);
    }
}
