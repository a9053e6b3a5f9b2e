package io.mltrainer.bench;

import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageStatus;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.pipeline.Agents;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.pipeline.OrchestratorSettings;
import io.mltrainer.core.pipeline.RetryPolicies;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.usecase.StartBuild;
import io.mltrainer.persistence.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the orchestrator itself costs: an eight-stage tabular build whose agents do nothing (each returns a
 * precomputed result at once), run by {@link Orchestrator#execute} in the benchmark thread. Everything that is left
 * is the orchestrator's own work per stage: the agent lookup, a resilience4j {@code Retry} per stage, two checkpoints
 * (running, succeeded) through the {@link JobRepository} with its optimistic version check, two events through the
 * {@link EventBus}, the context updates; per build also the claim, the heartbeat's scheduling, the one cancellation
 * poll and the final checkpoint.
 *
 * <p>Each invocation makes a fresh queued job <em>inside</em> the measured method ({@link StartBuild#create}, as a
 * surface does), not in a {@code Level.Invocation} setup, which JMH advises against for operations this short.
 * {@link #queueOnly} measures that create alone, so it can be subtracted. {@link #wholeBuild} reports one build,
 * {@link #perStage} the same work divided by the eight stages ({@code @OperationsPerInvocation(8)}).
 *
 * <p>{@code store=memory}: the bench's own in-memory stores (no serialization; optimistic check kept).
 * {@code store=h2}: the product's jOOQ stores on an embedded, file-backed H2 database in a temporary directory
 * ({@link Database#embedded}), with Jackson documents, as the console uses by default. Either way every iteration
 * starts on fresh, empty stores ({@link #openStores}). Retries use the product's default policies (no stage fails
 * here, so none waits) and {@link OrchestratorSettings#defaults()}: one cancellation poll per build.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class OrchestratorOverheadBenchmark {
    /** The stages of a tabular build; the per-stage figure divides by this. */
    public static final int STAGES = 8;

    @Param({"memory", "h2"})
    public String store;

    private final Clock clock = Clock.systemUTC();
    private final AtomicLong ids = new AtomicLong();
    private final ThreadKey thread = ThreadKey.terminal("bench");
    private final List<String> fileSizes = new ArrayList<>();
    private Agents agents;
    private ExecutorService pool;
    private ScheduledThreadPoolExecutor scheduler;
    private Path home;
    private Database database;
    private JobEventLog eventLog;
    private Orchestrator orchestrator;
    private StartBuild start;

    @Setup(Level.Trial)
    public void setUp() {
        List<StageAgent> noOps = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            noOps.add(new NoOpAgent(Fixtures.smallResult(stage)));
        }
        agents = new Agents(noOps);
        // execute() runs in the benchmark thread; the pool is only there because the constructor wants one
        pool = Executors.newSingleThreadExecutor(Fixtures.daemon("bench-pool"));
        // one heartbeat is scheduled and cancelled per build; without removal, hundreds of thousands of
        // cancelled heartbeats would wait in the queue for their 10 s (a benchmark artefact, not a product cost)
        scheduler = new ScheduledThreadPoolExecutor(1, Fixtures.daemon("bench-heartbeat"));
        scheduler.setRemoveOnCancelPolicy(true);

        openStores();
        Job done = build();
        for (Stage stage : Stage.values()) {
            if (done.context().stageState(stage).status() != StageStatus.SUCCEEDED) {
                throw new IllegalStateException("stage " + stage.id() + " did not succeed: " + done);
            }
        }
        System.out.printf(
                "%n[setup] store=%s: one build = %d stages, %d checkpoints (saves), %d events%n",
                store, STAGES, done.version(), eventLog.list(done.id()).size());
        closeStores();
    }

    /**
     * Fresh, empty stores for every iteration. On H2 that is a new database file: under this write rate H2 keeps
     * superseded chunks for its retention time (45 s), so one file would grow by over 100 MB a second and its
     * background compaction would slow later iterations down; a fresh file keeps the iterations alike.
     */
    @Setup(Level.Iteration)
    public void openStores() {
        JobRepository jobs;
        JobEventLog log;
        switch (store) {
            case "memory" -> {
                jobs = new InMemoryJobRepository();
                log = new InMemoryJobEventLog();
            }
            case "h2" -> {
                home = Fixtures.tempDir("mltrainer-bench-orchestrator");
                database = Database.embedded(home);
                jobs = database.jobs();
                log = database.events();
            }
            default -> throw new IllegalArgumentException("store is memory or h2, not " + store);
        }
        orchestrator = new Orchestrator(
                jobs,
                new EventBus(log, clock),
                agents,
                RetryPolicies.defaults(),
                clock,
                Fixtures.WORKERS,
                pool,
                scheduler,
                OrchestratorSettings.defaults());
        start = new StartBuild(jobs, orchestrator, () -> new JobId("bench-" + ids.incrementAndGet()), clock);
        eventLog = log;
    }

    @TearDown(Level.Iteration)
    public void closeStores() {
        if (database != null) {
            fileSizes.add(Fixtures.megabytes(home));
            database.close();
            Fixtures.deleteRecursively(home);
            database = null;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
        scheduler.shutdownNow();
        if (!fileSizes.isEmpty()) {
            System.out.printf("%n[teardown] H2 directory after setup, then after each iteration: %s%n", fileSizes);
        }
    }

    /** One whole build: create the queued job, then execute its eight no-op stages. */
    @Benchmark
    public Job wholeBuild() {
        return build();
    }

    /** The same as {@link #wholeBuild}, reported per stage. */
    @Benchmark
    @OperationsPerInvocation(STAGES)
    public Job perStage() {
        return build();
    }

    /** Only the queued job's creation, which every build above includes. */
    @Benchmark
    public Job queueOnly() {
        return start.create("alice", thread, Fixtures.request());
    }

    private Job build() {
        Job queued = start.create("alice", thread, Fixtures.request());
        Job done = orchestrator.execute(queued.id());
        if (done.status() != JobStatus.SUCCEEDED) {
            throw new IllegalStateException("the build ended " + done.status());
        }
        return done;
    }
}
