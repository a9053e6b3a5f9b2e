package io.mltrainer.core.pipeline;

import io.mltrainer.core.agents.train.TrainAgent;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.TrainingRuntime;
import io.mltrainer.core.port.out.Workers;
import io.mltrainer.core.usecase.StartBuild;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One replica of the service for tests of several replicas on one store: its own name, worker pool, heartbeat and
 * orchestrator; the job store, event log, clock and (remote) training runtime are shared with the others. Other
 * replicas are trusted to be alive until their lease runs out, as replicas on other hosts are. {@link #kill} stops
 * it abruptly: no heartbeat, no worker, nothing written on the way out.
 */
public final class Replica implements AutoCloseable {
    /**
     * The default 30 s lease with a 10 s heartbeat that a test never waits for: it moves a shared {@code
     * MutableClock} past the lease instead.
     */
    public static final OrchestratorSettings LEASES =
            new OrchestratorSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(1));

    private final String name;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService pollers = Executors.newFixedThreadPool(2);
    private final Orchestrator orchestrator;
    private final StartBuild start;

    public Replica(
            String name,
            JobRepository jobs,
            JobEventLog log,
            Clock clock,
            TrainingRuntime runtime,
            OrchestratorSettings settings) {
        this.name = name;
        EventBus events = new EventBus(log, clock);
        List<StageAgent> agents = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage != Stage.TRAIN) {
                agents.add(ScriptedAgent.thatSucceeds(stage, TaskType.TABULAR_CLASSIFICATION));
            }
        }
        agents.add(new TrainAgent(runtime));
        RetryPolicies retries = RetryPolicies.uniform(RetryPolicy.of(3, 0.001, 1, 0.001));
        this.orchestrator = new Orchestrator(
                jobs,
                events,
                new Agents(agents),
                retries,
                clock,
                new Workers() {
                    @Override
                    public String self() {
                        return name;
                    }

                    @Override
                    public boolean isAlive(String owner) {
                        return true;
                    }
                },
                pool,
                scheduler,
                settings,
                new RunMonitor(events, clock, scheduler, pollers, retries.of(Stage.TRAIN), List.of()));
        this.start = new StartBuild(jobs, orchestrator, () -> new JobId("job-" + UUID.randomUUID()), clock);
    }

    public String name() {
        return name;
    }

    public Orchestrator orchestrator() {
        return orchestrator;
    }

    /** A queued build of a terminal thread, not started. */
    public Job queue() {
        return start.create("alice", ThreadKey.terminal("t1"), BuildRequest.of("predict y from x.csv"));
    }

    /**
     * Stops this replica abruptly, as SIGKILL would: nothing more runs, nothing is released. Returns once what was
     * in flight has stopped, so nothing of this replica runs after it (a killed process writes nothing more).
     */
    public void kill() {
        List<ExecutorService> all = List.of(scheduler, pool, pollers);
        all.forEach(ExecutorService::shutdownNow);
        for (ExecutorService executor : all) {
            try {
                if (!executor.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IllegalStateException("replica " + name + " did not stop");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        kill();
    }
}
