package io.mltrainer.bench;

import io.mltrainer.core.agents.train.TrainAgent;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.pipeline.Agents;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.pipeline.OrchestratorSettings;
import io.mltrainer.core.pipeline.RetryPolicies;
import io.mltrainer.core.pipeline.RunMonitor;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.testing.FakeRuntime;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.usecase.StartBuild;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * How much a build costs while it waits for its remote run: {@code builds} builds (default 1,000) are started in
 * one JVM with the product's pools (2 workers, 1 scheduler, 4 pollers), each launches a run on a fake runtime that
 * never ends, and all wait in AWAITING_RUN while the monitor polls each once per {@code pollMs}. Reported: live and
 * peak threads, heap used after a GC (before, while waiting), polls made; then every run ends and the time until all
 * builds succeeded. A plain {@code main}, not JMH: it measures a state, not an operation.
 *
 * <pre>java -Xmx512m -cp bench/target/benchmarks.jar io.mltrainer.bench.AwaitingRunsBenchmark 1000 1000 20</pre>
 */
public final class AwaitingRunsBenchmark {
    private AwaitingRunsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int builds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Duration poll = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 1000);
        int waitSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Clock clock = Clock.systemUTC();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        InMemoryJobRepository jobs = new InMemoryJobRepository();
        EventBus events = new EventBus(new InMemoryJobEventLog(), clock);
        FakeRuntime runtime = new FakeRuntime("local", clock, poll);
        List<StageAgent> agents = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage != Stage.TRAIN) {
                agents.add(new NoOpAgent(Fixtures.smallResult(stage)));
            }
        }
        agents.add(new TrainAgent(runtime));
        ExecutorService pool = Executors.newFixedThreadPool(2, Fixtures.daemon("bench-worker"));
        ExecutorService pollers = Executors.newFixedThreadPool(4, Fixtures.daemon("bench-poller"));
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, Fixtures.daemon("bench-scheduler"));
        scheduler.setRemoveOnCancelPolicy(true);
        RetryPolicies policies = RetryPolicies.defaults();
        Orchestrator orchestrator = new Orchestrator(
                jobs,
                events,
                new Agents(agents),
                policies,
                clock,
                Fixtures.WORKERS,
                pool,
                scheduler,
                OrchestratorSettings.defaults(),
                new RunMonitor(events, clock, scheduler, pollers, policies.of(Stage.TRAIN), List.of()));
        StartBuild start = new StartBuild(jobs, orchestrator, new Ids()::next, clock);

        long heapBefore = usedAfterGc(memory);
        int threadsBefore = threads.getThreadCount();
        threads.resetPeakThreadCount();
        Instant started = Instant.now();
        List<CompletableFuture<Job>> ends = new ArrayList<>();
        for (int i = 0; i < builds; i++) {
            ends.add(start.start("bench", ThreadKey.terminal("bench-" + i), Fixtures.request())
                    .completion());
        }
        until(() -> jobs.findByStatus(EnumSet.of(JobStatus.AWAITING_RUN)).size() == builds, "all builds waiting");
        Duration toWaiting = Duration.between(started, Instant.now());
        int pollsBefore = runtime.polls();
        LockSupport.parkNanos(Duration.ofSeconds(waitSeconds).toNanos());
        int polls = runtime.polls() - pollsBefore;
        long heapWaiting = usedAfterGc(memory);
        int threadsWaiting = threads.getThreadCount();
        int peak = threads.getPeakThreadCount();

        Instant released = Instant.now();
        runtime.releaseAll();
        CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        Duration toDone = Duration.between(released, Instant.now());
        long succeeded = ends.stream()
                .map(CompletableFuture::join)
                .filter(j -> j.status() == JobStatus.SUCCEEDED)
                .count();

        System.out.printf(
                "builds=%d poll=%d ms, max heap %d MB%n"
                        + "threads: %d before, %d while %d builds wait (peak %d)%n"
                        + "heap used after GC: %.1f MB before, %.1f MB while waiting: %.1f KB per waiting build%n"
                        + "started to all waiting: %d ms; %d polls in %d s (%.0f/s)%n"
                        + "all runs released to all builds done: %d ms; succeeded %d/%d, launches %d%n",
                builds,
                poll.toMillis(),
                Runtime.getRuntime().maxMemory() >> 20,
                threadsBefore,
                threadsWaiting,
                builds,
                peak,
                heapBefore / 1048576.0,
                heapWaiting / 1048576.0,
                (heapWaiting - heapBefore) / 1024.0 / builds,
                toWaiting.toMillis(),
                polls,
                waitSeconds,
                polls / (double) waitSeconds,
                toDone.toMillis(),
                succeeded,
                builds,
                runtime.launches());
        pool.shutdownNow();
        pollers.shutdownNow();
        scheduler.shutdownNow();
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void until(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static final class Ids {
        private int next;

        synchronized JobId next() {
            return new JobId("bench-" + ++next);
        }
    }
}
