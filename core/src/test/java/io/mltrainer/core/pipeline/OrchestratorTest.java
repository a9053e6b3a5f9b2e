package io.mltrainer.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.StageStatus;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.in.BuildRefused;
import io.mltrainer.core.testing.Waits;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrchestratorTest {
    private final PipelineFixture fixture = new PipelineFixture(TaskType.TABULAR_CLASSIFICATION);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void a_build_waiting_for_a_worker_says_it_is_queued_and_why() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(2);
        ScriptedAgent dataset = fixture.agent(Stage.DATASET);
        for (int i = 0; i < 2; i++) {
            dataset.thenDoes(input -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return StageResults.of(Stage.DATASET, TaskType.TABULAR_CLASSIFICATION);
            });
        }
        var first = fixture.orchestrator.submit(fixture.queue().id());
        var second = fixture.orchestrator.submit(fixture.queue().id());
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();

        Job third = fixture.queue();
        var waiting = fixture.orchestrator.submit(third.id());

        assertThat(fixture.log.events(third.id(), JobEvent.Queued.class))
                .singleElement()
                .satisfies(q -> assertThat(q.message()).startsWith("Queued: all 2 workers are busy"));
        release.countDown();
        assertThat(waiting.get(30, TimeUnit.SECONDS).status()).isEqualTo(JobStatus.SUCCEEDED);
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
    }

    @Test
    void runs_every_stage_of_the_plan_in_order_and_succeeds() {
        Job job = fixture.run();

        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(fixture.log.events(job.id(), JobEvent.StageCompleted.class))
                .extracting(JobEvent.StageCompleted::stage)
                .containsExactly(Stage.values());
        assertThat(fixture.log.events(job.id(), JobEvent.BuildFinished.class))
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(JobStatus.SUCCEEDED));
        assertThat(job.lease()).isNull();
    }

    @Test
    void a_retried_stage_receives_the_previous_error() {
        fixture.agent(Stage.CODEGEN)
                .thenFails(StageException.invalidOutput("line 3: undefined name 'pd'"))
                .thenFails(StageException.transientFailure("disk hiccup", null));

        Job job = fixture.run();

        ScriptedAgent codegen = fixture.agent(Stage.CODEGEN);
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(codegen.attempts).containsExactly(1, 2, 3);
        assertThat(codegen.previousFailures.get(0)).isEmpty();
        assertThat(codegen.previousFailures.get(1)).hasValueSatisfying(f -> {
            assertThat(f.reason()).isEqualTo("line 3: undefined name 'pd'");
            assertThat(f.kind()).isEqualTo(FailureKind.INVALID_OUTPUT);
            assertThat(f.attempts()).isEqualTo(1);
        });
        assertThat(codegen.previousFailures.get(2))
                .hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo("disk hiccup"));
        assertThat(fixture.log.events(job.id(), JobEvent.StageRetrying.class))
                .extracting(JobEvent.StageRetrying::error)
                .containsExactly("line 3: undefined name 'pd'", "disk hiccup");
        assertThat(job.context().stageState(Stage.CODEGEN).attempts()).isEqualTo(3);
    }

    @Test
    void a_non_retriable_failure_stops_at_once_and_keeps_the_partial_state() {
        fixture.agent(Stage.DATASET).thenFails(StageException.badInput("the file x.csv is empty"));

        Job job = fixture.run();

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(fixture.agent(Stage.DATASET).calls()).isEqualTo(1);
        assertThat(fixture.agent(Stage.PREPROCESS).calls()).isZero();
        assertThat(job.context().failure()).satisfies(f -> {
            assertThat(f.stage()).isEqualTo(Stage.DATASET);
            assertThat(f.kind()).isEqualTo(FailureKind.BAD_INPUT);
            assertThat(f.reason()).isEqualTo("the file x.csv is empty");
            assertThat(f.attempts()).isEqualTo(1);
        });
        assertThat(job.context().intent()).isNotNull();
        assertThat(job.currentStage()).contains(Stage.DATASET);
        assertThat(fixture.log.events(job.id(), JobEvent.StageFailed.class)).hasSize(1);
    }

    @Test
    void a_transient_failure_gives_up_after_the_policy_attempts() {
        for (int i = 0; i < 5; i++) {
            fixture.agent(Stage.DEPLOY).thenFails(StageException.transientFailure("registry busy", null));
        }

        Job job = fixture.run();

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(fixture.agent(Stage.DEPLOY).calls()).isEqualTo(3);
        assertThat(job.context().failure().attempts()).isEqualTo(3);
        assertThat(job.context().run()).isNotNull();
    }

    @Test
    void writes_a_checkpoint_after_every_stage() {
        List<Stage> seenWithResult = new java.util.ArrayList<>();
        for (Stage stage : Stage.values()) {
            fixture.agent(stage).thenDoes(input -> {
                // When a stage starts, the stored job already holds every earlier stage's result.
                Job stored = fixture.jobs.find(input.jobId()).orElseThrow();
                Arrays.stream(Stage.values())
                        .filter(s -> s.ordinal() < stage.ordinal())
                        .forEach(s -> assertThat(stored.context().hasResult(s)).isTrue());
                seenWithResult.add(stage);
                return StageResults.of(stage, TaskType.TABULAR_CLASSIFICATION);
            });
        }

        Job job = fixture.run();

        assertThat(seenWithResult).containsExactly(Stage.values());
        Job stored = fixture.jobs.find(job.id()).orElseThrow();
        assertThat(Arrays.stream(Stage.values()).allMatch(s -> stored.context().hasResult(s)))
                .isTrue();
    }

    @Test
    void resume_continues_from_the_first_stage_without_a_result_and_resets_its_attempts() {
        for (int i = 0; i < 3; i++) {
            fixture.agent(Stage.TRAIN).thenFails(StageException.transientFailure("runtime down", null));
        }
        Job failed = fixture.run();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);

        fixture.resume.prepare(failed.id());
        Job resumed = fixture.orchestrator.execute(failed.id());

        assertThat(resumed.status()).isEqualTo(JobStatus.SUCCEEDED);
        for (Stage stage : List.of(
                Stage.INTENT, Stage.DATASET, Stage.PREPROCESS, Stage.CONFIG, Stage.ARCHITECTURE, Stage.CODEGEN)) {
            assertThat(fixture.agent(stage).calls()).as(stage.id()).isEqualTo(1);
        }
        ScriptedAgent train = fixture.agent(Stage.TRAIN);
        assertThat(train.attempts).containsExactly(1, 2, 3, 1);
        assertThat(train.previousFailures.get(3))
                .hasValueSatisfying(f -> assertThat(f.reason()).isEqualTo("runtime down"));
        assertThat(resumed.context().failure()).isNull();
    }

    @Test
    void a_succeeded_build_cannot_be_resumed() {
        Job done = fixture.run();

        assertThatThrownBy(() -> fixture.resume.prepare(done.id()))
                .isInstanceOf(BuildRefused.class)
                .hasMessageContaining("already succeeded");
    }

    @Test
    void cancel_stops_a_running_build_and_records_where() throws Exception {
        CountDownLatch inTraining = new CountDownLatch(1);
        fixture.agent(Stage.TRAIN).thenDoes(input -> {
            inTraining.countDown();
            Waits.until("the cancel", input.cancellation()::isCancelled, Duration.ofSeconds(10));
            throw new StageException(FailureKind.CANCELLED, "cancelled during training");
        });
        Job queued = fixture.queue();
        var completion = fixture.orchestrator.submit(queued.id());
        assertThat(inTraining.await(10, TimeUnit.SECONDS)).isTrue();

        fixture.cancel.cancel(queued.id());
        Job ended = completion.get(10, TimeUnit.SECONDS);

        assertThat(ended.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(ended.context().stageState(Stage.TRAIN).status()).isEqualTo(StageStatus.CANCELLED);
        assertThat(fixture.agent(Stage.DEPLOY).calls()).isZero();
        assertThat(fixture.log.events(queued.id(), JobEvent.BuildFinished.class))
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(JobStatus.CANCELLED));
    }

    @Test
    void a_cancel_stored_by_another_process_is_seen_by_the_running_build() throws Exception {
        CountDownLatch inTraining = new CountDownLatch(1);
        fixture.agent(Stage.TRAIN).thenDoes(input -> {
            inTraining.countDown();
            Waits.until("the cancel", input.cancellation()::isCancelled, Duration.ofSeconds(10));
            throw new StageException(FailureKind.CANCELLED, "cancelled during training");
        });
        Job queued = fixture.queue();
        var completion = fixture.orchestrator.submit(queued.id());
        assertThat(inTraining.await(10, TimeUnit.SECONDS)).isTrue();

        // Another process only has the store: it writes the cancelled status.
        Job stored = fixture.jobs.find(queued.id()).orElseThrow();
        fixture.jobs.save(stored.moveTo(JobStatus.CANCELLED, fixture.clock.instant()));
        Job ended = completion.get(10, TimeUnit.SECONDS);

        assertThat(ended.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(fixture.agent(Stage.DEPLOY).calls()).isZero();
    }

    @Test
    void a_cancelled_build_can_be_resumed() throws Exception {
        Job queued = fixture.queue();
        fixture.cancel.cancel(queued.id());

        fixture.resume.prepare(queued.id());
        Job resumed = fixture.orchestrator.execute(queued.id());

        assertThat(resumed.status()).isEqualTo(JobStatus.SUCCEEDED);
    }

    @Test
    void an_unclassified_exception_is_retried_and_reported_with_its_type() {
        fixture.agent(Stage.CONFIG).thenDoes(input -> {
            throw new IllegalStateException("boom");
        });

        Job job = fixture.run();

        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(fixture.agent(Stage.CONFIG).previousFailures.get(1))
                .map(f -> f.reason())
                .isEqualTo(Optional.of("IllegalStateException: boom"));
    }

    @Test
    void a_stage_without_an_agent_for_the_task_type_fails_with_a_clear_message() {
        PipelineFixture empty = new PipelineFixture(TaskType.OBJECT_DETECTION);
        try {
            Orchestrator onlyIntent = new Orchestrator(
                    empty.jobs,
                    empty.events,
                    new Agents(List.of(empty.agent(Stage.INTENT))),
                    RetryPolicies.defaults(),
                    empty.clock,
                    empty.workers,
                    empty.pool,
                    empty.scheduler,
                    OrchestratorSettings.defaults());

            Job job = onlyIntent.execute(empty.queue().id());

            assertThat(job.status()).isEqualTo(JobStatus.FAILED);
            assertThat(job.context().failure().reason())
                    .contains("dataset stage")
                    .contains("object_detection");
        } finally {
            empty.close();
        }
    }

    @Test
    void stop_after_ends_the_build_early_and_successfully() {
        Job queued = fixture.start.create(
                "alice",
                io.mltrainer.core.domain.ThreadKey.terminal("t"),
                new io.mltrainer.core.domain.BuildRequest("predict y", null, null, null, Stage.CODEGEN));

        Job job = fixture.orchestrator.execute(queued.id());

        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(fixture.agent(Stage.TRAIN).calls()).isZero();
        assertThat(job.context().code()).isNotNull();
    }
}
