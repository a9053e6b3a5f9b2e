package io.mltrainer.bot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.EventListener;
import io.mltrainer.core.port.out.JobRepository;
import java.time.Duration;
import java.util.Locale;

/**
 * Build and stage metrics from the events of the builds: finished builds by status and task type, stage durations
 * (histograms), retries and failures by stage.
 */
final class BuildMetrics implements EventListener {
    private final MeterRegistry registry;
    private final JobRepository jobs;

    BuildMetrics(MeterRegistry registry, JobRepository jobs) {
        this.registry = registry;
        this.jobs = jobs;
    }

    @Override
    public void onEvent(EventRecord record) {
        JobEvent event = record.event();
        if (event instanceof JobEvent.StageCompleted completed) {
            Timer.builder(Metrics.PREFIX + "stage_duration")
                    .description("How long a stage took, its retries included")
                    .tag("stage", name(completed.stage()))
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(Duration.ofMillis(completed.durationMs()));
        } else if (event instanceof JobEvent.StageRetrying retrying) {
            Counter.builder(Metrics.PREFIX + "stage_retries")
                    .description("Stage attempts that failed and are tried again")
                    .tag("stage", name(retrying.stage()))
                    .register(registry)
                    .increment();
        } else if (event instanceof JobEvent.StageFailed failed) {
            Counter.builder(Metrics.PREFIX + "stage_failures")
                    .description("Stages that failed for good")
                    .tag("stage", name(failed.stage()))
                    .tag("kind", failed.kind().name().toLowerCase(Locale.ROOT))
                    .register(registry)
                    .increment();
        } else if (event instanceof JobEvent.BuildFinished finished) {
            Counter.builder(Metrics.PREFIX + "builds")
                    .description("Builds that ended, by status and task type")
                    .tag("status", finished.status().name().toLowerCase(Locale.ROOT))
                    .tag("task_type", taskType(record))
                    .register(registry)
                    .increment();
        }
    }

    private String taskType(EventRecord record) {
        return jobs.find(record.jobId())
                .flatMap(job -> job.taskType())
                .map(TaskType::name)
                .map(n -> n.toLowerCase(Locale.ROOT))
                .orElse("unknown");
    }

    private static String name(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }
}
