package io.mltrainer.bot;

import io.mltrainer.core.agents.tabular.ArchitectureAgent;
import io.mltrainer.core.agents.tabular.CodegenAgent;
import io.mltrainer.core.agents.tabular.ConfigAgent;
import io.mltrainer.core.agents.tabular.DatasetAgent;
import io.mltrainer.core.agents.tabular.DeployAgent;
import io.mltrainer.core.agents.tabular.PreprocessAgent;
import io.mltrainer.core.agents.tabular.RuleIntentAgent;
import io.mltrainer.core.agents.tabular.TrainAgent;
import io.mltrainer.core.codegen.Templates;
import io.mltrainer.core.pipeline.Agents;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.pipeline.OrchestratorSettings;
import io.mltrainer.core.port.JobEventLog;
import io.mltrainer.core.port.JobRepository;
import io.mltrainer.core.usecase.BuildStatus;
import io.mltrainer.core.usecase.CancelBuild;
import io.mltrainer.core.usecase.ResumeBuild;
import io.mltrainer.core.usecase.StartBuild;
import io.mltrainer.datasets.CsvTabularReader;
import io.mltrainer.persistence.Database;
import io.mltrainer.runtimes.FileWorkspace;
import io.mltrainer.runtimes.LocalModelRegistry;
import io.mltrainer.runtimes.LocalRuntime;
import io.mltrainer.runtimes.PythonLocator;
import io.mltrainer.runtimes.PythonScriptChecker;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The wiring: stores, agents, orchestrator and use cases for one process. */
public final class Application implements AutoCloseable {
    private final Settings settings;
    private final Database database;
    private final Clock clock = Clock.systemUTC();
    private final LocalWorkers workers = new LocalWorkers();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, daemon("mltrainer-worker"));
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(daemon("mltrainer-heartbeat"));
    private final EventBus events;
    private final Orchestrator orchestrator;
    private final StartBuild start;
    private final ResumeBuild resume;
    private final CancelBuild cancel;
    private final BuildStatus status;

    private Application(Settings settings, Path workingDirectory) {
        this.settings = settings;
        this.database = Database.open(
                settings.home(), settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
        JobRepository jobs = database.jobs();
        JobEventLog log = database.events();
        this.events = new EventBus(log, clock);
        Templates templates = new Templates();
        PythonLocator python = new PythonLocator(settings.python());
        FileWorkspace workspace = new FileWorkspace(settings.home());
        CsvTabularReader reader = new CsvTabularReader(workingDirectory);
        Agents agents = new Agents(List.of(
                new RuleIntentAgent(reader),
                new DatasetAgent(reader),
                new PreprocessAgent(),
                new ConfigAgent(settings.trainTimeLimit()),
                new ArchitectureAgent(),
                new CodegenAgent(templates, workspace, new PythonScriptChecker(python)),
                new TrainAgent(new LocalRuntime(workspace, python, clock)),
                new DeployAgent(templates, new LocalModelRegistry(settings.home()))));
        this.orchestrator = new Orchestrator(
                jobs,
                events,
                agents,
                settings.retries(),
                clock,
                workers,
                pool,
                scheduler,
                OrchestratorSettings.defaults());
        this.start = new StartBuild(jobs, orchestrator, new RandomJobIds(), clock);
        this.resume = new ResumeBuild(jobs, events, orchestrator, workers, clock);
        this.cancel = new CancelBuild(jobs, events, orchestrator, workers, clock);
        this.status = new BuildStatus(jobs, log);
    }

    public static Application open(Settings settings, Path workingDirectory) {
        return new Application(settings, workingDirectory);
    }

    public Settings settings() {
        return settings;
    }

    public EventBus events() {
        return events;
    }

    public StartBuild start() {
        return start;
    }

    public ResumeBuild resume() {
        return resume;
    }

    public CancelBuild cancel() {
        return cancel;
    }

    public BuildStatus status() {
        return status;
    }

    public LocalWorkers workers() {
        return workers;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        scheduler.shutdownNow();
        database.close();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
