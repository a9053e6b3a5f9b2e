package io.mltrainer.core.agents.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobEvent.TrainingProgress;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.TrainingCurve;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.out.CurveRenderer;
import io.mltrainer.core.testing.Contexts;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.testing.Jobs;
import io.mltrainer.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingCurvesTest {
    private static final Duration INTERVAL = Duration.ofMinutes(3);

    private final InMemoryJobRepository jobs = new InMemoryJobRepository();
    private final InMemoryJobEventLog log = new InMemoryJobEventLog();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T20:00:00Z"));
    private final EventBus events = new EventBus(log, clock);
    private final RecordingRenderer renderer = new RecordingRenderer();
    private final TrainingCurves curves = new TrainingCurves(renderer, jobs, log, events, clock, INTERVAL);
    private Job job;

    @BeforeEach
    void aBuildAwaitingItsRun() {
        job = Jobs.aJob()
                .withId("bld00001")
                .withStatus(JobStatus.AWAITING_RUN)
                .withContext(Contexts.complete())
                .build();
        jobs.create(job);
    }

    private static TrainingProgress loss(int step, double value) {
        return new TrainingProgress("train", "", step, 100, Map.of("loss", value));
    }

    @Test
    void redraws_while_training_at_most_once_per_interval() {
        curves.progress(job.id(), loss(1, 0.9));
        clock.advance(Duration.ofMinutes(1));
        curves.progress(job.id(), loss(2, 0.8));
        clock.advance(Duration.ofMinutes(2));
        curves.progress(job.id(), loss(3, 0.7));

        assertThat(renderer.written).hasSize(2);
        assertThat(renderer.folders).containsOnly(Contexts.runHandle().outputDir());
        assertThat(renderer.written.get(1).series().get(0).points()).hasSize(3);
    }

    @Test
    void the_final_curve_goes_into_the_run_outputs_and_its_path_is_told() {
        curves.progress(job.id(), loss(1, 0.9));
        curves.progress(job.id(), loss(2, 0.8));

        curves.finished(job.id(), Contexts.trainingRun());

        assertThat(renderer.folders).last().isEqualTo(Contexts.trainingRun().outputDir());
        assertThat(renderer.written)
                .last()
                .satisfies(c -> assertThat(c.series().get(0).points()).hasSize(2));
        assertThat(log.events(job.id(), JobEvent.Notice.class))
                .extracting(JobEvent.Notice::message)
                .containsExactly("Training curve: " + Contexts.trainingRun().outputDir() + "/training_curve.png");
    }

    @Test
    void after_a_restart_the_points_are_read_back_from_the_event_log() {
        events.publish(job.id(), loss(1, 0.9));
        events.publish(job.id(), loss(2, 0.8));
        TrainingCurves restarted = new TrainingCurves(renderer, jobs, log, events, clock, INTERVAL);

        restarted.finished(job.id(), Contexts.trainingRun());

        assertThat(renderer.written)
                .singleElement()
                .satisfies(c -> assertThat(c.series().get(0).points()).hasSize(2));
    }

    @Test
    void a_run_without_numbers_gets_no_curve_and_no_notice() {
        curves.progress(job.id(), new TrainingProgress("load", "loading", 1, 3, Map.of()));

        curves.finished(job.id(), Contexts.trainingRun());

        assertThat(renderer.written).isEmpty();
        assertThat(log.events(job.id(), JobEvent.Notice.class)).isEmpty();
    }

    @Test
    void a_renderer_that_fails_does_not_fail_the_run() {
        renderer.failing = true;
        curves.progress(job.id(), loss(1, 0.9));

        curves.finished(job.id(), Contexts.trainingRun());

        assertThat(log.events(job.id(), JobEvent.Notice.class)).isEmpty();
    }

    @Test
    void the_shared_picture_is_drawn_from_the_recorded_progress() {
        events.publish(job.id(), loss(1, 0.9));

        assertThat(curves.png(job.id(), log.list(job.id()))).hasValue(RecordingRenderer.PNG);
        assertThat(curves.png(new JobId("bld00002"), List.of())).isEmpty();
    }

    /** Remembers what it was asked to draw; writes nothing. */
    private static final class RecordingRenderer implements CurveRenderer {
        static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
        final List<TrainingCurve> written = new ArrayList<>();
        final List<String> folders = new ArrayList<>();
        boolean failing;

        @Override
        public byte[] png(TrainingCurve curve) {
            return PNG;
        }

        @Override
        public String write(TrainingCurve curve, String folder) {
            if (failing) {
                throw new IllegalStateException("disk full");
            }
            written.add(curve);
            folders.add(folder);
            return folder + "/" + FILE_NAME;
        }
    }
}
