package io.mltrainer.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.agents.train.TrainAgent;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageStatus;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.testing.FakeRuntime;
import io.mltrainer.core.testing.Waits;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The train stage launches its run and the build waits for it in AWAITING_RUN without a worker thread; the monitor
 * follows the run, publishes its progress and continues (or fails, or cancels) the build.
 */
class RunMonitorTest {
    private final FakeRuntime runtime = new FakeRuntime("local", Clock.systemUTC(), Duration.ofMillis(5));
    private PipelineFixture fixture =
            new PipelineFixture(TaskType.TABULAR_CLASSIFICATION, new TrainAgent(runtime), "w1");

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void a_build_waits_for_its_run_holding_no_worker_and_goes_on_to_deploy_when_it_ends() throws Exception {
        Job queued = fixture.queue();

        var completion = fixture.orchestrator.submit(queued.id());
        Job waiting = awaitStatus(queued, JobStatus.AWAITING_RUN);
        Waits.until("the worker to be free", () -> ((ThreadPoolExecutor) fixture.pool).getActiveCount() == 0);

        assertThat(waiting.context().activeRun().remoteId()).isEqualTo("fake/job-1-1");
        assertThat(completion).isNotDone();
        assertThat(fixture.agent(Stage.DEPLOY).calls()).isZero();

        runtime.release("fake/job-1-1");
        Job ended = completion.get(20, TimeUnit.SECONDS);

        assertThat(ended.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(ended.context().run().metrics()).containsEntry("accuracy", 0.9);
        assertThat(ended.context().run().handle().gpuSeconds()).isEqualTo(12L);
        assertThat(ended.context().activeRun()).isNull();
        assertThat(ended.context().stageState(Stage.TRAIN).status()).isEqualTo(StageStatus.SUCCEEDED);
        assertThat(fixture.agent(Stage.DEPLOY).calls()).isEqualTo(1);
        assertThat(fixture.log.events(queued.id(), JobEvent.TrainingProgress.class))
                .extracting(JobEvent.TrainingProgress::step)
                .containsExactly(1, 2);
        assertThat(runtime.launches()).isEqualTo(1);
    }

    @Test
    void a_failed_run_fails_the_train_stage_with_the_remote_error_and_its_last_log_lines() {
        runtime.endingAtOnce().failingWith("CUDA out of memory");

        Job ended = fixture.run();

        assertThat(ended.status()).isEqualTo(JobStatus.FAILED);
        assertThat(ended.context().failure().stage()).isEqualTo(Stage.TRAIN);
        assertThat(ended.context().failure().kind()).isEqualTo(FailureKind.RUN_FAILED);
        assertThat(ended.context().failure().reason())
                .contains("the training run failed: CUDA out of memory")
                .contains("Traceback (most recent call last):");
        assertThat(fixture.agent(Stage.DEPLOY).calls()).isZero();
    }

    @Test
    void transient_poll_errors_are_retried_within_the_train_stage_budget() {
        runtime.endingAtOnce().unreachableFor(2);

        Job ended = fixture.run();

        assertThat(ended.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(runtime.polls()).isEqualTo(3);
        assertThat(fixture.log.events(ended.id(), JobEvent.Notice.class))
                .anySatisfy(n -> assertThat(n.message()).contains("could not reach local"));
    }

    @Test
    void poll_errors_beyond_the_budget_fail_the_build() {
        runtime.endingAtOnce().unreachableFor(100);

        Job ended = fixture.run();

        assertThat(ended.status()).isEqualTo(JobStatus.FAILED);
        assertThat(ended.context().failure().reason()).contains("could not follow the run on local (3 tries)");
        assertThat(runtime.polls()).isEqualTo(3);
    }

    @Test
    void a_run_past_its_time_limit_is_stopped_and_fails_the_build() {
        runtime.launchedAgo(Duration.ofHours(1));

        Job ended = fixture.run();

        assertThat(ended.status()).isEqualTo(JobStatus.FAILED);
        assertThat(ended.context().failure().kind()).isEqualTo(FailureKind.TIME_LIMIT);
        assertThat(runtime.cancels()).isEqualTo(1);
    }

    @Test
    void cancelling_a_waiting_build_stops_its_run_and_says_how() throws Exception {
        Job queued = fixture.queue();
        var completion = fixture.orchestrator.submit(queued.id());
        awaitStatus(queued, JobStatus.AWAITING_RUN);

        fixture.cancel.cancel(queued.id());
        Job ended = completion.get(20, TimeUnit.SECONDS);

        assertThat(ended.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(ended.context().stageState(Stage.TRAIN).status()).isEqualTo(StageStatus.CANCELLED);
        assertThat(runtime.cancels()).isEqualTo(1);
        assertThat(fixture.log.events(queued.id(), JobEvent.Notice.class))
                .anySatisfy(n -> assertThat(n.message()).contains("https://runs.example/fake/job-1-1"));
        assertThat(fixture.log.events(queued.id(), JobEvent.BuildFinished.class))
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(JobStatus.CANCELLED));
        assertThat(fixture.orchestrator.isRunningHere(queued.id())).isFalse();
    }

    @Test
    void after_a_restart_the_waiting_build_follows_the_same_run_again_and_never_launches_it_twice() throws Exception {
        Job queued = fixture.queue();
        fixture.orchestrator.submit(queued.id());
        awaitStatus(queued, JobStatus.AWAITING_RUN);
        // The first process dies: its pools stop, its lease will not be renewed, its worker is not alive.
        fixture.close();
        PipelineFixture restarted =
                new PipelineFixture(TaskType.TABULAR_CLASSIFICATION, new TrainAgent(runtime), "w2", fixture.jobs);
        fixture = restarted;

        assertThat(restarted.resume.followAbandonedRuns()).containsExactly(queued.id());
        runtime.release("fake/job-1-1");
        Job ended = awaitStatus(queued, JobStatus.SUCCEEDED);

        assertThat(runtime.launches()).isEqualTo(1);
        assertThat(ended.context().run().metrics()).containsEntry("accuracy", 0.9);
    }

    @Test
    void resuming_a_build_whose_process_died_while_it_waited_follows_its_run_without_a_second_launch() {
        Job queued = fixture.queue();
        fixture.orchestrator.submit(queued.id());
        awaitStatus(queued, JobStatus.AWAITING_RUN);
        fixture.close();
        PipelineFixture restarted =
                new PipelineFixture(TaskType.TABULAR_CLASSIFICATION, new TrainAgent(runtime), "w2", fixture.jobs);
        fixture = restarted;
        runtime.release("fake/job-1-1");

        restarted.resume.prepare(queued.id());
        Job ended = restarted.orchestrator.execute(queued.id());

        assertThat(ended.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(runtime.launches()).isEqualTo(1);
        assertThat(restarted.agent(Stage.CODEGEN).calls()).isZero();
    }

    private Job awaitStatus(Job job, JobStatus status) {
        Waits.until(
                job.id() + " to be " + status,
                () -> fixture.jobs.find(job.id()).orElseThrow().status() == status);
        return fixture.jobs.find(job.id()).orElseThrow();
    }
}
