package io.mltrainer.core.agents.train;

import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.TrainingCurve;
import io.mltrainer.core.domain.TrainingCurve.Axis;
import io.mltrainer.core.domain.TrainingCurve.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The numbers of one run's progress events, gathered for its training curve: the training and evaluation loss and
 * one evaluation metric (the build's primary metric when the run reports it, else the first by name, evaluation
 * metrics first; {@code eval_} prefix dropped) against the step; for a run that
 * reports no steps (a cross-validated choice among classical models), each candidate's score. At most
 * {@value #MAX_POINTS} points per series are kept (every other one is dropped when full), so a long run's curve
 * takes bounded memory.
 */
public final class CurvePoints {
    static final int MAX_POINTS = 2_000;

    private static final Set<String> LOSSES = Set.of("loss", "train_loss", "eval_loss");
    /** Trainer bookkeeping that is neither a loss nor a quality measure. */
    private static final Set<String> NOT_METRICS = Set.of("learning_rate", "grad_norm", "epoch", "step");

    private final Map<String, List<Point>> losses = new LinkedHashMap<>();
    private final List<Point> metric = new ArrayList<>();
    private final List<Point> candidates = new ArrayList<>();
    private final String preferred;
    private String metricKey;
    private String candidateKey;

    /** @param preferred the build's primary metric (may be null) */
    public CurvePoints(String preferred) {
        this.preferred = preferred;
    }

    public synchronized void add(JobEvent.TrainingProgress progress) {
        if (progress.step() == null) {
            candidate(progress);
            return;
        }
        double step = progress.step();
        Map<String, Double> numbers = new TreeMap<>();
        progress.metrics().forEach((key, value) -> {
            if (value != null && !value.isNaN() && !value.isInfinite()) {
                numbers.put(key, value);
            }
        });
        numbers.forEach((key, value) -> {
            if (LOSSES.contains(key)) {
                append(
                        losses.computeIfAbsent(key.equals("train_loss") ? "loss" : key, k -> new ArrayList<>()),
                        new Point(step, value));
            }
        });
        chooseMetric(numbers.keySet());
        if (metricKey != null && numbers.containsKey(metricKey)) {
            append(metric, new Point(step, numbers.get(metricKey)));
        }
    }

    /** The preferred metric once it shows up (dropping another chosen before), else the first one seen. */
    private void chooseMetric(Set<String> keys) {
        List<String> eligible = keys.stream()
                .filter(k -> !LOSSES.contains(k) && isMetric(k))
                .sorted(Comparator.comparing((String k) -> !k.startsWith("eval_"))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Optional<String> wanted = eligible.stream()
                .filter(k -> preferred != null && shown(k).equals(preferred))
                .findFirst();
        if (wanted.isPresent() && !wanted.get().equals(metricKey)) {
            metricKey = wanted.get();
            metric.clear();
        } else if (metricKey == null && !eligible.isEmpty()) {
            metricKey = eligible.get(0);
        }
    }

    /** The curve to draw; empty when the run reported nothing to draw. */
    public synchronized TrainingCurve curve(String title) {
        List<TrainingCurve.Series> series = new ArrayList<>();
        losses.forEach((name, points) -> series.add(new TrainingCurve.Series(name, Axis.LOSS, points)));
        if (metricKey != null) {
            series.add(new TrainingCurve.Series(shown(metricKey), Axis.METRIC, metric));
        }
        if (!series.isEmpty()) {
            return new TrainingCurve(title, "step", series);
        }
        if (candidateKey != null) {
            return new TrainingCurve(
                    title,
                    "candidate",
                    List.of(new TrainingCurve.Series(candidateKey.replace('_', ' '), Axis.METRIC, candidates)));
        }
        return new TrainingCurve(title, "step", List.of());
    }

    private void candidate(JobEvent.TrainingProgress progress) {
        if (!"cv".equals(progress.phase())) {
            return;
        }
        progress.metrics().entrySet().stream()
                .filter(e -> e.getKey().startsWith("cv_")
                        && e.getValue() != null
                        && !e.getValue().isNaN())
                .filter(e -> candidateKey == null || candidateKey.equals(e.getKey()))
                .min(Map.Entry.comparingByKey())
                .ifPresent(e -> {
                    candidateKey = e.getKey();
                    append(candidates, new Point(candidates.size() + 1, e.getValue()));
                });
    }

    private static boolean isMetric(String key) {
        return !NOT_METRICS.contains(key) && !key.endsWith("_runtime") && !key.endsWith("_per_second");
    }

    private static String shown(String key) {
        return key.startsWith("eval_") ? key.substring("eval_".length()) : key;
    }

    private static void append(List<Point> points, Point point) {
        if (points.size() >= MAX_POINTS) {
            List<Point> kept = new ArrayList<>(points.size() / 2 + 1);
            for (int i = 0; i < points.size(); i += 2) {
                kept.add(points.get(i));
            }
            points.clear();
            points.addAll(kept);
        }
        points.add(point);
    }
}
