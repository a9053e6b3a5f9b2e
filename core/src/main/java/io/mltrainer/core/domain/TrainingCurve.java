package io.mltrainer.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a training-curve chart shows: loss series on one axis and an evaluation metric on the other, against the
 * training step (or, for models chosen by cross-validation, against the candidate tried).
 *
 * @param title the chart's title
 * @param xLabel what the horizontal axis counts: {@code step} or {@code candidate}
 * @param series what is drawn, in drawing order
 */
public record TrainingCurve(String title, String xLabel, List<Series> series) {
    public TrainingCurve {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        series = List.copyOf(series);
    }

    /** Which vertical axis a series belongs to. */
    public enum Axis {
        LOSS,
        METRIC
    }

    public record Point(double x, double y) {}

    public record Series(String name, Axis axis, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(axis, "axis");
            points = List.copyOf(points);
        }
    }

    /** Nothing to draw: the run reported no numbers against steps. */
    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    /** The metric series' name, or null when there is none. */
    public String metricName() {
        return series.stream()
                .filter(s -> s.axis() == Axis.METRIC)
                .map(Series::name)
                .findFirst()
                .orElse(null);
    }
}
