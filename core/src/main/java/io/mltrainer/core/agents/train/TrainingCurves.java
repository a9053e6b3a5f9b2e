package io.mltrainer.core.agents.train;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.TrainingCurve;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.RunObserver;
import io.mltrainer.core.port.out.CurveRenderer;
import io.mltrainer.core.port.out.EventListener;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.port.out.JobRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each training run's curve ({@value CurveRenderer#FILE_NAME}) in its outputs: redrawn at most once per
 * {@code interval} while the run reports progress, and drawn a last time when the run has succeeded, before the
 * build goes on, so that the deploy stage publishes it with the model. The final drawing's path is told as a notice
 * (the terminal prints it). A build's points live in memory while its run goes on; after a restart they are read
 * back from the event log.
 */
public final class TrainingCurves implements RunObserver, EventListener {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingCurves.class);

    private final CurveRenderer renderer;
    private final JobRepository jobs;
    private final JobEventLog log;
    private final EventBus events;
    private final Clock clock;
    private final Duration interval;
    private final Map<JobId, Tracked> tracked = new ConcurrentHashMap<>();

    public TrainingCurves(
            CurveRenderer renderer,
            JobRepository jobs,
            JobEventLog log,
            EventBus events,
            Clock clock,
            Duration interval) {
        this.renderer = renderer;
        this.jobs = jobs;
        this.log = log;
        this.events = events;
        this.clock = clock;
        this.interval = interval;
    }

    /** A progress line of a build's run: its points grow, and the image is redrawn when it is due. */
    @Override
    public void progress(JobId job, JobEvent.TrainingProgress progress) {
        Tracked run = tracked.computeIfAbsent(job, id -> new Tracked(new CurvePoints(primaryMetric(id)), null));
        run.points.add(progress);
        Instant now = clock.instant();
        if (run.drawn != null && Duration.between(run.drawn, now).compareTo(interval) < 0) {
            return;
        }
        tracked.put(job, new Tracked(run.points, now));
        outputDir(job).ifPresent(dir -> draw(job, run.points, dir));
    }

    /** The run succeeded: its curve is drawn into its outputs, and where it is told. */
    @Override
    public void finished(JobId job, TrainingRun run) {
        Tracked known = tracked.remove(job);
        CurvePoints points = known != null ? known.points : fromLog(job);
        draw(job, points, run.outputDir())
                .ifPresent(path -> events.publish(job, new JobEvent.Notice("Training curve: " + path)));
    }

    /** The picture of a build's curve from its recorded progress, for sharing; empty when there is nothing to draw. */
    public Optional<byte[]> png(JobId job, Iterable<EventRecord> records) {
        CurvePoints points = new CurvePoints(primaryMetric(job));
        records.forEach(r -> {
            if (r.event() instanceof JobEvent.TrainingProgress p) {
                points.add(p);
            }
        });
        TrainingCurve curve = points.curve(title(job));
        return curve.isEmpty() ? Optional.empty() : Optional.of(renderer.png(curve));
    }

    /** Forgets the points of builds that ended, whichever way. */
    @Override
    public void onEvent(EventRecord record) {
        if (record.event() instanceof JobEvent.BuildFinished) {
            tracked.remove(record.jobId());
        }
    }

    private Optional<String> draw(JobId job, CurvePoints points, String folder) {
        TrainingCurve curve = points.curve(title(job));
        if (curve.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(renderer.write(curve, folder));
        } catch (RuntimeException e) {
            // A missing picture must not fail a build that trained well.
            LOG.warn("could not draw the training curve of build {}", job, e);
            return Optional.empty();
        }
    }

    private CurvePoints fromLog(JobId job) {
        CurvePoints points = new CurvePoints(primaryMetric(job));
        for (EventRecord record : log.list(job)) {
            if (record.event() instanceof JobEvent.TrainingProgress p) {
                points.add(p);
            }
        }
        return points;
    }

    private Optional<String> outputDir(JobId job) {
        return jobs.find(job).map(j -> j.context().activeRun()).map(RunHandle::outputDir);
    }

    private String primaryMetric(JobId job) {
        return jobs.find(job)
                .map(Job::context)
                .map(c -> c.config() == null ? null : c.config().primaryMetric())
                .orElse(null);
    }

    private static String title(JobId job) {
        return "Training curve of build " + job.value();
    }

    /** A build's points and when its image was last drawn (null: not yet). */
    private record Tracked(CurvePoints points, Instant drawn) {}
}
