package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.Workers;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.usecase.CancelBuild;
import io.mltrainer.core.usecase.ResumeBuild;
import io.mltrainer.core.usecase.StartBuild;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** A whole pipeline on in-memory stores with scripted agents and millisecond retry waits. */
final class PipelineFixture implements AutoCloseable {
    final InMemoryJobRepository jobs;
    final InMemoryJobEventLog log = new InMemoryJobEventLog();
    final Clock clock = Clock.systemUTC();
    final EventBus events = new EventBus(log, clock);
    final Map<Stage, ScriptedAgent> agents = new EnumMap<>(Stage.class);
    final ExecutorService pool = Executors.newFixedThreadPool(2);
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final Workers workers;
    private final AtomicInteger ids = new AtomicInteger();
    final Orchestrator orchestrator;
    final StartBuild start;
    final ResumeBuild resume;
    final CancelBuild cancel;

    PipelineFixture(TaskType type) {
        this(type, null, "test-worker");
    }

    /** {@code train} replaces the scripted train agent (a {@link RunStage}); {@code self} names this worker. */
    PipelineFixture(TaskType type, StageAgent train, String self) {
        this(type, train, self, new InMemoryJobRepository());
    }

    PipelineFixture(TaskType type, StageAgent train, String self, InMemoryJobRepository store) {
        this.jobs = store;
        this.workers = new Workers() {
            @Override
            public String self() {
                return self;
            }

            @Override
            public boolean isAlive(String owner) {
                return owner.equals(self);
            }
        };
        for (Stage stage : Stage.values()) {
            agents.put(stage, ScriptedAgent.thatSucceeds(stage, type));
        }
        List<StageAgent> list = new ArrayList<>(agents.values());
        if (train != null) {
            list.removeIf(a -> a.stage() == Stage.TRAIN);
            list.add(train);
        }
        orchestrator = new Orchestrator(
                jobs,
                events,
                new Agents(list),
                RetryPolicies.uniform(RetryPolicy.of(3, 0.001, 1, 0.001)),
                clock,
                workers,
                pool,
                scheduler,
                new OrchestratorSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(1)));
        start = new StartBuild(jobs, orchestrator, () -> new JobId("job-" + ids.incrementAndGet()), clock);
        resume = new ResumeBuild(jobs, events, orchestrator, workers, clock);
        cancel = new CancelBuild(jobs, events, orchestrator, workers, clock);
    }

    ScriptedAgent agent(Stage stage) {
        return agents.get(stage);
    }

    Job queue() {
        return start.create("alice", ThreadKey.terminal("t1"), BuildRequest.of("predict y from x.csv"));
    }

    Job run() {
        return orchestrator.execute(queue().id());
    }

    @Override
    public void close() {
        pool.shutdownNow();
        scheduler.shutdownNow();
    }
}
