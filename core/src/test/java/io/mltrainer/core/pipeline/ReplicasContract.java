package io.mltrainer.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.testing.FakeRuntime;
import io.mltrainer.core.testing.MutableClock;
import io.mltrainer.core.testing.Waits;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one store: builds are taken exactly once, a dead replica's build is finished by the other with no
 * stage attempted twice. Each store's test extends this (in memory here, PostgreSQL in the persistence adapter).
 */
public abstract class ReplicasContract {
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private final FakeRuntime runtime = new FakeRuntime("local", clock, Duration.ofMillis(5));
    private JobRepository jobs;
    private JobEventLog log;
    private Replica a;
    private Replica b;

    /** An empty job store. */
    protected abstract JobRepository newJobs();

    /** The event log beside {@link #newJobs()}'s store. */
    protected abstract JobEventLog newLog();

    /** Closes the store, after both replicas stopped. */
    protected void closeStore() {}

    @BeforeEach
    void startTwoReplicas() {
        jobs = newJobs();
        log = newLog();
        a = new Replica("replica-a", jobs, log, clock, runtime, Replica.LEASES);
        b = new Replica("replica-b", jobs, log, clock, runtime, Replica.LEASES);
    }

    @AfterEach
    void stopReplicas() {
        a.close();
        b.close();
        closeStore();
    }

    @Test
    void a_build_whose_replica_dies_while_training_is_finished_by_the_other_with_no_stage_attempted_twice() {
        Job queued = a.queue();
        a.orchestrator().submit(queued.id());
        awaitStatus(queued.id(), JobStatus.AWAITING_RUN);

        a.kill();
        List<JobId> whileLeaseLives = b.orchestrator().takeOverAbandoned(4);
        clock.advance(Duration.ofSeconds(31));
        List<JobId> afterExpiry = b.orchestrator().takeOverAbandoned(4);
        runtime.releaseAll();
        Job ended = awaitSucceeded(queued.id());

        assertThat(whileLeaseLives).isEmpty();
        assertThat(afterExpiry).containsExactly(queued.id());
        assertThat(runtime.launches()).isEqualTo(1);
        assertThat(startsPerStage(queued.id()))
                .allSatisfy((stage, starts) -> assertThat(starts).as(stage.id()).isEqualTo(1));
        assertThat(events(queued.id(), JobEvent.BuildFinished.class)).hasSize(1);
        assertThat(events(queued.id(), JobEvent.TrainingProgress.class))
                .extracting(JobEvent.TrainingProgress::message)
                .containsExactly("epoch 1", "epoch 2");
        assertThat(events(queued.id(), JobEvent.Notice.class))
                .anySatisfy(n -> assertThat(n.message()).contains("replica-b took this build over"));
        assertThat(ended.context().stageState(Stage.TRAIN).attempts()).isEqualTo(1);
    }

    @Test
    void a_build_whose_replica_dies_during_a_local_run_is_trained_again_by_the_other_which_says_why() {
        FakeRuntime local = new FakeRuntime("local", clock, Duration.ofMillis(5)).onThisMachine();
        try (Replica first = new Replica("replica-c", jobs, log, clock, local, Replica.LEASES);
                Replica second = new Replica("replica-d", jobs, log, clock, local, Replica.LEASES)) {
            Job queued = first.queue();
            first.orchestrator().submit(queued.id());
            awaitStatus(queued.id(), JobStatus.AWAITING_RUN);

            first.kill();
            clock.advance(Duration.ofSeconds(31));
            List<JobId> taken = second.orchestrator().takeOverAbandoned(4);
            local.releaseAll();
            awaitSucceeded(queued.id());

            assertThat(taken).containsExactly(queued.id());
            assertThat(local.launches())
                    .as("the run ended with its replica: trained again")
                    .isEqualTo(2);
            assertThat(startsPerStage(queued.id()))
                    .as("only the train stage runs again")
                    .allSatisfy((stage, starts) ->
                            assertThat(starts).as(stage.id()).isEqualTo(stage == Stage.TRAIN ? 2 : 1));
            assertThat(events(queued.id(), JobEvent.StageRetrying.class))
                    .singleElement()
                    .satisfies(r -> assertThat(r.error())
                            .contains("local training run ended with the replica that started it")
                            .contains("replica-d trains again"));
            assertThat(events(queued.id(), JobEvent.BuildFinished.class)).hasSize(1);
        }
    }

    @Test
    void a_replica_that_drains_gives_its_builds_up_and_the_other_takes_them_at_once() {
        Job queued = a.queue();
        a.orchestrator().submit(queued.id());
        awaitStatus(queued.id(), JobStatus.AWAITING_RUN);

        a.kill();
        int released = jobs.releaseLeases("replica-a", clock.instant());
        List<JobId> taken = b.orchestrator().takeOverAbandoned(4);
        runtime.releaseAll();
        awaitSucceeded(queued.id());

        assertThat(released).isEqualTo(1);
        assertThat(taken).containsExactly(queued.id());
        assertThat(runtime.launches()).isEqualTo(1);
    }

    @Test
    void replicas_looking_at_once_take_an_abandoned_build_exactly_once_and_run_it_once() throws Exception {
        Job queued = a.queue();
        clock.advance(Duration.ofSeconds(31)); // queued longer than a lease and never started: abandoned
        runtime.releaseAll();
        ExecutorService both = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<List<JobId>>> looks = new ArrayList<>();
            for (Replica replica : List.of(a, b)) {
                looks.add(both.submit(() -> {
                    go.await();
                    return replica.orchestrator().takeOverAbandoned(4);
                }));
            }
            go.countDown();
            List<JobId> taken = new ArrayList<>();
            for (Future<List<JobId>> look : looks) {
                taken.addAll(look.get(20, TimeUnit.SECONDS));
            }
            awaitSucceeded(queued.id());

            assertThat(taken).containsExactly(queued.id());
            assertThat(runtime.launches()).isEqualTo(1);
            assertThat(startsPerStage(queued.id()).values()).containsOnly(1L);
            assertThat(events(queued.id(), JobEvent.BuildFinished.class)).hasSize(1);
        } finally {
            both.shutdownNow();
        }
    }

    @Test
    void a_build_another_replica_already_runs_is_not_started_a_second_time() {
        Job queued = a.queue();
        var first = a.orchestrator().submit(queued.id());
        awaitStatus(queued.id(), JobStatus.AWAITING_RUN);

        var second = b.orchestrator().submit(queued.id());

        assertThat(second).failsWithin(Duration.ofSeconds(20));
        runtime.releaseAll();
        assertThat(first).succeedsWithin(Duration.ofSeconds(20));
        assertThat(runtime.launches()).isEqualTo(1);
        assertThat(startsPerStage(queued.id()).values()).containsOnly(1L);
    }

    @Test
    void show_names_the_replica_holding_the_lease() {
        Job queued = a.queue();
        a.orchestrator().submit(queued.id());
        awaitStatus(queued.id(), JobStatus.AWAITING_RUN);

        Job waiting = jobs.find(queued.id()).orElseThrow();

        assertThat(waiting.leaseHolder(clock.instant())).contains("replica-a");
        assertThat(waiting.leaseHeldBy("replica-a", clock.instant())).isTrue();
        assertThat(waiting.leaseHeldBy("replica-b", clock.instant())).isFalse();
        assertThat(waiting.leaseHolder(clock.instant().plusSeconds(31))).isEmpty();
    }

    private Map<Stage, Long> startsPerStage(JobId id) {
        return events(id, JobEvent.StageStarted.class).stream()
                .collect(Collectors.groupingBy(JobEvent.StageStarted::stage, Collectors.counting()));
    }

    private <T extends JobEvent> List<T> events(JobId id, Class<T> type) {
        return log.list(id).stream()
                .map(r -> r.event())
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** Succeeded, and its end reported (the status is checkpointed just before the event). */
    private Job awaitSucceeded(JobId id) {
        awaitStatus(id, JobStatus.SUCCEEDED);
        Waits.until(
                id + "'s end to be reported",
                () -> !events(id, JobEvent.BuildFinished.class).isEmpty());
        return jobs.find(id).orElseThrow();
    }

    private Job awaitStatus(JobId id, JobStatus status) {
        Function<JobId, JobStatus> current = j -> jobs.find(j).orElseThrow().status();
        try {
            Waits.until(id + " to be " + status, () -> current.apply(id) == status);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it is " + jobs.find(id) + ", events " + log.list(id), e);
        }
        return jobs.find(id).orElseThrow();
    }
}
