package io.mltrainer.bot;

import static io.mltrainer.core.testing.Jobs.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.out.Deliveries;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.port.out.llm.ChatReply;
import io.mltrainer.core.testing.Contexts;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.testing.MutableClock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final InMemoryJobRepository jobs = new InMemoryJobRepository();
    private final EventBus events = new EventBus(new InMemoryJobEventLog(), clock);
    private final Metrics metrics = new Metrics();

    @Test
    void a_finished_build_shows_its_status_task_type_stage_durations_and_retries() {
        jobs.create(aJob().withId("job-done")
                .withStatus(JobStatus.RUNNING)
                .withContext(Contexts.complete())
                .build());
        metrics.watch(events, jobs);
        JobId id = new JobId("job-done");

        events.publish(id, new JobEvent.StageStarted(Stage.TRAIN, 1));
        events.publish(id, new JobEvent.StageRetrying(Stage.TRAIN, 1, FailureKind.TRANSIENT, "busy", 10));
        events.publish(id, new JobEvent.StageCompleted(Stage.TRAIN, 2, 4_200, "trained"));
        events.publish(id, new JobEvent.BuildFinished(JobStatus.SUCCEEDED, "local", Map.of(), null));

        String text = metrics.scrape();
        String taskType =
                jobs.find(id).orElseThrow().taskType().orElseThrow().name().toLowerCase();
        assertThat(text)
                .contains("mltrainer_builds_total{status=\"succeeded\",task_type=\"" + taskType + "\"} 1")
                .contains("mltrainer_stage_retries_total{stage=\"train\"} 1")
                .contains("mltrainer_stage_duration_seconds_bucket{stage=\"train\"")
                .contains("mltrainer_stage_duration_seconds_sum{stage=\"train\"} 4.2");
    }

    @Test
    void queue_depth_and_builds_awaiting_remote_runs_are_read_from_the_store() {
        jobs.create(aJob().withId("job-q1").withStatus(JobStatus.QUEUED).build());
        jobs.create(aJob().withId("job-q2").withStatus(JobStatus.QUEUED).build());
        jobs.create(
                aJob().withId("job-remote").withStatus(JobStatus.AWAITING_RUN).build());
        metrics.watch(events, jobs);

        String text = metrics.scrape();

        assertThat(text)
                .contains("mltrainer_builds_active{status=\"queued\"} 2")
                .contains("mltrainer_builds_active{status=\"awaiting_run\"} 1")
                .contains("mltrainer_builds_active{status=\"running\"} 0");
    }

    @Test
    void language_model_calls_are_counted_by_provider_and_outcome() {
        ChatModelPort answering =
                metrics.llm(call -> Optional.of(new ChatReply("hi", List.of(), LlmProvider.ANTHROPIC, "claude")));
        ChatModelPort silent = metrics.llm(call -> Optional.empty());
        ChatCall call = new ChatCall("U1", null, List.of(), List.of(), false, null);

        answering.chat(call);
        answering.chat(call);
        silent.chat(call);

        assertThat(metrics.scrape())
                .contains("mltrainer_llm_calls_seconds_count{outcome=\"ok\",provider=\"anthropic\"} 2")
                .contains("mltrainer_llm_calls_seconds_count{outcome=\"unavailable\",provider=\"none\"} 1");
    }

    @Test
    void chat_events_are_counted_as_handled_or_deduplicated() {
        Set<String> seen = new HashSet<>();
        Deliveries deliveries = metrics.deliveries((platform, id) -> seen.add(platform + "/" + id));

        assertThat(deliveries.firstDelivery("slack", "Ev1")).isTrue();
        assertThat(deliveries.firstDelivery("slack", "Ev1")).isFalse();
        deliveries.firstDelivery("slack", "Ev2");

        assertThat(metrics.scrape())
                .contains("mltrainer_chat_events_total{outcome=\"handled\",platform=\"slack\"} 2")
                .contains("mltrainer_chat_events_total{outcome=\"deduplicated\",platform=\"slack\"} 1");
    }
}
