package io.mltrainer.core.agents.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.JobEvent.TrainingProgress;
import io.mltrainer.core.domain.TrainingCurve;
import io.mltrainer.core.domain.TrainingCurve.Axis;
import io.mltrainer.core.domain.TrainingCurve.Point;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurvePointsTest {
    private static TrainingProgress train(int step, double loss) {
        return new TrainingProgress(
                "train", "epoch 0.5", step, 100, Map.of("loss", loss, "learning_rate", 5e-5, "grad_norm", 1.2));
    }

    private static TrainingProgress evaluate(int step, Map<String, Double> metrics) {
        return new TrainingProgress("evaluate", "epoch 1.00", step, 100, metrics);
    }

    private static TrainingCurve.Series series(TrainingCurve curve, String name) {
        return curve.series().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void losses_and_the_primary_metric_are_drawn_against_the_step() {
        CurvePoints points = new CurvePoints("f1_macro");
        points.add(train(10, 0.9));
        points.add(train(20, 0.7));
        points.add(evaluate(20, Map.of("eval_loss", 0.65, "eval_accuracy", 0.8, "eval_f1_macro", 0.75)));

        TrainingCurve curve = points.curve("Training curve of build b1");

        assertThat(curve.xLabel()).isEqualTo("step");
        assertThat(curve.series())
                .extracting(TrainingCurve.Series::name)
                .containsExactlyInAnyOrder("loss", "eval_loss", "f1_macro");
        assertThat(series(curve, "loss").points()).containsExactly(new Point(10, 0.9), new Point(20, 0.7));
        assertThat(series(curve, "f1_macro").axis()).isEqualTo(Axis.METRIC);
        assertThat(series(curve, "f1_macro").points()).containsExactly(new Point(20, 0.75));
        assertThat(curve.metricName()).isEqualTo("f1_macro");
    }

    @Test
    void without_the_primary_metric_an_evaluation_metric_is_chosen_by_name() {
        CurvePoints points = new CurvePoints("rouge_l");
        points.add(new TrainingProgress(
                "train", "epoch 3", 3, 3, Map.of("loss", 0.3, "accuracy", 0.7, "eval_f1_macro", 0.6, "eval_acc", 0.8)));

        assertThat(points.curve("t").metricName()).isEqualTo("acc");
    }

    @Test
    void bookkeeping_numbers_are_neither_losses_nor_metrics() {
        CurvePoints points = new CurvePoints(null);
        points.add(train(10, 0.9));
        points.add(evaluate(10, Map.of("eval_runtime", 3.2, "eval_samples_per_second", 40.0)));

        assertThat(points.curve("t").series())
                .extracting(TrainingCurve.Series::name)
                .containsExactly("loss");
    }

    @Test
    void a_cross_validated_choice_draws_each_candidates_score() {
        CurvePoints points = new CurvePoints("f1_macro");
        points.add(new TrainingProgress("load", "loading", 1, 5, Map.of()));
        points.add(new TrainingProgress("cv", "linear f1_macro=0.91", null, null, Map.of("cv_f1_macro", 0.91)));
        points.add(new TrainingProgress("cv", "forest f1_macro=0.95", null, null, Map.of("cv_f1_macro", 0.95)));

        TrainingCurve curve = points.curve("t");

        assertThat(curve.xLabel()).isEqualTo("candidate");
        assertThat(curve.series()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("cv f1 macro");
            assertThat(s.points()).containsExactly(new Point(1, 0.91), new Point(2, 0.95));
        });
    }

    @Test
    void a_long_run_keeps_a_bounded_number_of_points() {
        CurvePoints points = new CurvePoints(null);
        for (int step = 1; step <= 50_000; step++) {
            points.add(train(step, 1.0 / step));
        }

        TrainingCurve.Series loss = series(points.curve("t"), "loss");

        assertThat(loss.points()).hasSizeLessThanOrEqualTo(CurvePoints.MAX_POINTS);
        assertThat(loss.points().get(0).x()).isEqualTo(1);
        assertThat(loss.points().get(loss.points().size() - 1).x()).isEqualTo(50_000);
    }

    @Test
    void a_run_that_reports_no_numbers_has_nothing_to_draw() {
        CurvePoints points = new CurvePoints(null);
        points.add(new TrainingProgress("load", "loading", 1, 3, Map.of()));

        assertThat(points.curve("t").isEmpty()).isTrue();
    }
}
