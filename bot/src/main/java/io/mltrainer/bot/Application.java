package io.mltrainer.bot;

import io.mltrainer.charts.XChartCurveRenderer;
import io.mltrainer.core.agents.codegen.CodegenAgent;
import io.mltrainer.core.agents.codegen.Templates;
import io.mltrainer.core.agents.dataset.DatasetAgent;
import io.mltrainer.core.agents.dataset.LocalDataPolicy;
import io.mltrainer.core.agents.deploy.DeployAgent;
import io.mltrainer.core.agents.intent.IntentAgent;
import io.mltrainer.core.agents.intent.ModelIntentReader;
import io.mltrainer.core.agents.plan.ArchitectureAgent;
import io.mltrainer.core.agents.plan.Catalogue;
import io.mltrainer.core.agents.plan.ConfigAgent;
import io.mltrainer.core.agents.plan.Planner;
import io.mltrainer.core.agents.plan.PlanningAgent;
import io.mltrainer.core.agents.plan.PreprocessAgent;
import io.mltrainer.core.agents.train.TrainAgent;
import io.mltrainer.core.agents.train.TrainingCurves;
import io.mltrainer.core.chat.CardPublisher;
import io.mltrainer.core.chat.ChatBackend;
import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.chat.Permissions;
import io.mltrainer.core.chat.Uploads;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.intake.ContinueIntake;
import io.mltrainer.core.intake.CredentialChecks;
import io.mltrainer.core.intake.IntakeSettings;
import io.mltrainer.core.intake.IntakeTurn;
import io.mltrainer.core.intake.LlmIntakeTurn;
import io.mltrainer.core.intake.SecretGuard;
import io.mltrainer.core.intake.ToolExecutor;
import io.mltrainer.core.pipeline.Agents;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.LocalRuns;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.pipeline.OrchestratorSettings;
import io.mltrainer.core.pipeline.RunMonitor;
import io.mltrainer.core.port.in.BuildStatusQuery;
import io.mltrainer.core.port.in.CancelBuildUseCase;
import io.mltrainer.core.port.in.ResumeBuildUseCase;
import io.mltrainer.core.port.in.StartBuildUseCase;
import io.mltrainer.core.port.in.TryModelUseCase;
import io.mltrainer.core.port.out.CardMessages;
import io.mltrainer.core.port.out.ChatSurface;
import io.mltrainer.core.port.out.Deliveries;
import io.mltrainer.core.port.out.IntentParser;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.Sandbox;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.usecase.AnswerQuestion;
import io.mltrainer.core.usecase.BuildStatus;
import io.mltrainer.core.usecase.CancelBuild;
import io.mltrainer.core.usecase.ResumeBuild;
import io.mltrainer.core.usecase.StartBuild;
import io.mltrainer.core.usecase.TryModel;
import io.mltrainer.datasets.LocalTableReader;
import io.mltrainer.huggingface.HubClient;
import io.mltrainer.huggingface.HubModelPublisher;
import io.mltrainer.huggingface.SpaceWatch;
import io.mltrainer.kaggle.KaggleRuntime;
import io.mltrainer.llm.LlmRouter;
import io.mltrainer.nlp.IntentJsonSchema;
import io.mltrainer.nlp.OfflineIntentParser;
import io.mltrainer.persistence.Database;
import io.mltrainer.persistence.MasterKey;
import io.mltrainer.runtimes.FileWorkspace;
import io.mltrainer.runtimes.LocalModelRegistry;
import io.mltrainer.runtimes.LocalPredictor;
import io.mltrainer.runtimes.LocalRuntime;
import io.mltrainer.runtimes.LocalSmokeRunner;
import io.mltrainer.runtimes.PythonLocator;
import io.mltrainer.runtimes.PythonScriptChecker;
import io.mltrainer.runtimes.modal.ModalRuntime;
import io.mltrainer.runtimes.modal.ModalTokens;
import io.mltrainer.runtimes.sandbox.Sandboxes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The wiring: stores, agents, orchestrator and use cases for one process. */
public final class Application implements AutoCloseable, ChatBackend {
    /** Status cards are edited at most this often per build (Slack and Discord both rate-limit edits). */
    static final java.time.Duration CARD_INTERVAL = java.time.Duration.ofSeconds(2);
    /** A training curve is redrawn at most this often while its run goes on. */
    static final java.time.Duration CURVE_INTERVAL = java.time.Duration.ofMinutes(3);

    private final Settings settings;
    private final Database database;
    private final Clock clock = Clock.systemUTC();
    private final LocalWorkers workers = new LocalWorkers();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, daemon("mltrainer-worker"));
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(daemon("mltrainer-heartbeat"));
    /** Ask runtimes about the runs being followed (HTTP calls, a CLI): a few threads for every waiting build. */
    private final ExecutorService pollers = Executors.newFixedThreadPool(4, daemon("mltrainer-run-poller"));

    private final EventBus events;
    private final Orchestrator orchestrator;
    private final StartBuild start;
    private final ResumeBuild resume;
    private final CancelBuild cancel;
    private final BuildStatus status;
    /**
     * The users' secrets: opened at start by the long-running commands (a master key that is missing or readable by
     * others stops them at once), on first use by the short ones, which never need it.
     */
    private final Once<SecretVault> vault;

    private final Uploads uploads;
    private final TrainingCurves curves;
    /**
     * Everything a build or a dialogue needs beyond the store (language models, the sentence encoder, tools,
     * templates, runtimes, the sandbox): made on first use, so that {@code jobs}, {@code show} and {@code cancel}
     * open the store only.
     */
    private final Once<Parts> parts;

    private final ScheduledExecutorService cardScheduler =
            Executors.newSingleThreadScheduledExecutor(daemon("mltrainer-cards"));

    private final Deliveries deliveries;

    private Application(
            Settings settings,
            Path workingDirectory,
            Map<String, String> env,
            Telemetry telemetry,
            Database.Schema schema) {
        this.settings = settings;
        this.database = Database.open(
                settings.home(), settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(), schema);
        JobRepository jobs = database.jobs();
        JobEventLog log = database.events();
        // Every event is masked before it is stored or shown (the two-argument EventBus masks by default).
        this.events = new EventBus(log, clock);
        this.vault = new Once<>(() -> database.secrets(MasterKey.resolve(settings.masterKey(), settings.home())));
        if (schema == Database.Schema.MIGRATE) {
            vault.get();
        }
        telemetry.watch(events, jobs);
        this.deliveries = telemetry.deliveries(database.deliveries());
        this.uploads = new Uploads(settings.home(), Uploads.DEFAULT_MAX_BYTES);
        this.parts = new Once<>(() -> new Parts(workingDirectory, env, telemetry));
        this.curves = new TrainingCurves(new XChartCurveRenderer(), jobs, log, events, clock, CURVE_INTERVAL);
        events.subscribe(curves);
        this.orchestrator = new Orchestrator(
                jobs,
                events,
                new Agents(() -> parts.get().agents),
                settings.retries(),
                clock,
                workers,
                pool,
                scheduler,
                OrchestratorSettings.fromLeaseSeconds(settings.service("MLTRAINER_LEASE_SECONDS", null)),
                new RunMonitor(
                        events, clock, scheduler, pollers, settings.retries().of(Stage.TRAIN), List.of(curves)));
        this.start = new StartBuild(jobs, orchestrator, new RandomJobIds(), clock);
        this.resume = new ResumeBuild(jobs, events, orchestrator, workers, clock);
        this.cancel = new CancelBuild(jobs, events, orchestrator, workers, clock);
        this.status = new BuildStatus(jobs, log);
    }

    /** The parts made on first use: see {@link #parts}. */
    private final class Parts {
        private final List<io.mltrainer.core.pipeline.StageAgent> agents;
        private final IntentParser offlineParser;
        private final ModelIntentReader intentReader;
        private final AnswerQuestion answers;
        private final TryModel tryModel;
        private final ContinueIntake intake;

        Parts(Path workingDirectory, Map<String, String> env, Telemetry telemetry) {
            JobRepository jobs = database.jobs();
            ChatModelPort llm =
                    settings.offline() || settings.llm().configured().isEmpty()
                            ? ChatModelPort.OFFLINE
                            : telemetry.llm(new LlmRouter(settings.llm(), vault.get(), events, clock));
            ToolExecutor tools = new ToolExecutor(Tools.all(settings), vault.get(), events, clock);
            this.offlineParser = OfflineIntentParser.withBundledModel();
            this.intentReader = new ModelIntentReader(llm, new IntentJsonSchema(), offlineParser);
            Templates templates = new Templates();
            PythonLocator python = new PythonLocator(settings.python());
            // Generated code runs boxed, where nothing of the home (master key, database, other builds) is visible.
            Sandbox sandbox = Sandboxes.detect(settings.service("MLTRAINER_SANDBOX", null), List.of(settings.home()));
            LocalRuns localRuns = new LocalRuns(sandbox.availability(), DataSources.fetched(settings));
            FileWorkspace workspace = new FileWorkspace(settings.home());
            LocalTableReader reader = DataSources.tables(settings, workingDirectory);
            Catalogue catalogue = Catalogue.load();
            Planner planner = new Planner(catalogue, settings.trainTimeLimit().toSeconds());
            HubClient hub = HubClient.create(settings.service("HF_ENDPOINT", null));
            LocalDataPolicy dataPolicy = LocalDataPolicy.forChat(
                    settings.dataDirs(), uploads::folder, location -> Path.of(reader.resolve(location)));
            this.agents = List.of(
                    new IntentAgent(intentReader, reader),
                    new DatasetAgent(DataSources.create(settings, reader, vault.get(), env), dataPolicy),
                    new PreprocessAgent(),
                    new ConfigAgent(settings.trainTimeLimit()),
                    new ArchitectureAgent(catalogue),
                    PlanningAgent.preprocess(planner),
                    PlanningAgent.config(planner),
                    PlanningAgent.architecture(planner),
                    new CodegenAgent(
                            templates,
                            workspace,
                            new PythonScriptChecker(python),
                            new LocalSmokeRunner(python, LocalSmokeRunner.DEFAULT_LIMIT, sandbox),
                            llm,
                            localRuns,
                            CodegenAgent.SmokeRuns.ADAPTED_ONLY),
                    // Kaggle stages local data itself when the run starts: codegen needs no credentials.
                    new TrainAgent(
                            localRuns,
                            List.of(
                                    new LocalRuntime(workspace, python, clock, sandbox),
                                    KaggleRuntime.create(
                                            settings.service("KAGGLE_API_URL", null),
                                            vault.get(),
                                            jobs,
                                            env.get("KAGGLE_API_TOKEN"),
                                            env.get("KAGGLE_USERNAME"),
                                            env.get("KAGGLE_KEY"),
                                            workspace,
                                            clock,
                                            kagglePoll(env)),
                                    ModalRuntime.create(
                                            settings.home(), new ModalTokens(jobs, vault.get(), env), clock, env))),
                    new DeployAgent(
                            templates,
                            new LocalModelRegistry(settings.home()),
                            new HubModelPublisher(hub, vault.get(), env.get("HF_TOKEN"), SpaceWatch.DEFAULT)));
            this.answers = new AnswerQuestion(jobs, resume);
            this.tryModel =
                    new TryModel(jobs, new LocalPredictor(python, LocalPredictor.DEFAULT_LIMIT, sandbox), localRuns);
            IntakeSettings intakeSettings = new IntakeSettings(settings.defaultHub());
            this.intake = new ContinueIntake(
                    database.intakes(),
                    offlineParser,
                    vault.get(),
                    new CredentialChecks(tools),
                    llm == ChatModelPort.OFFLINE ? IntakeTurn.OFFLINE : new LlmIntakeTurn(llm, tools, intakeSettings),
                    start,
                    intakeSettings,
                    clock);
        }
    }

    public static Application open(Settings settings, Path workingDirectory) {
        return open(settings, workingDirectory, System.getenv());
    }

    /** {@code env} gives the fallback credentials of command-line builds (HF_TOKEN, KAGGLE_API_TOKEN…). */
    public static Application open(Settings settings, Path workingDirectory, Map<String, String> env) {
        return new Application(settings, workingDirectory, env, Telemetry.NONE, Database.Schema.MIGRATE);
    }

    /**
     * As {@link #open(Settings, Path, Map)} for a command that runs for a moment ({@code jobs}, {@code show},
     * {@code cancel}): Flyway runs only when the schema lacks the newest migration (a fresh home, an older schema).
     */
    static Application openBriefly(Settings settings, Path workingDirectory, Map<String, String> env) {
        return new Application(settings, workingDirectory, env, Telemetry.NONE, Database.Schema.MIGRATE_IF_BEHIND);
    }

    /** As {@link #open(Settings, Path, Map)}, observed through {@code telemetry} ({@code serve}'s metrics). */
    static Application open(Settings settings, Path workingDirectory, Map<String, String> env, Telemetry telemetry) {
        return new Application(settings, workingDirectory, env, telemetry, Database.Schema.MIGRATE);
    }

    /**
     * From now on, every heartbeat, takes over the builds no live replica holds (for {@code serve}: replicas on one
     * database finish each other's builds).
     */
    public void takeOverAbandonedBuilds() {
        orchestrator.startTakingOver();
    }

    /**
     * Gives up this replica's leases so another replica takes its builds at once (a drain before stopping); how
     * many were given up.
     */
    public int releaseLeases() {
        return database.jobs().releaseLeases(workers.self(), clock.instant());
    }

    /** Whether the database answers and is migrated (the readiness of {@code serve}). */
    public boolean databaseReady() {
        return database.ready();
    }

    public Settings settings() {
        return settings;
    }

    public EventBus events() {
        return events;
    }

    public StartBuildUseCase start() {
        return start;
    }

    public ResumeBuildUseCase resume() {
        return resume;
    }

    public CancelBuildUseCase cancel() {
        return cancel;
    }

    public BuildStatusQuery status() {
        return status;
    }

    public ContinueIntake intake() {
        return parts.get().intake;
    }

    public SecretVault vault() {
        return vault.get();
    }

    public ModelIntentReader intentReader() {
        return parts.get().intentReader;
    }

    public LocalWorkers workers() {
        return workers;
    }

    public Clock clock() {
        return clock;
    }

    /** Named leader leases in the database (the Discord gateway runs on the replica holding its lease). */
    public io.mltrainer.core.chat.LeaderLeases leaderLeases() {
        return database.leaderLeases(clock);
    }

    /** This process among the replicas sharing the database: host, process id and a random suffix. */
    public String replicaName() {
        return Replica.NAME;
    }

    /**
     * A request, dataset, column or name typed on the command line with every credential in it (a token in a URL
     * included) stored in the vault and replaced by its reference (the terminal is private: nobody is told to rotate
     * anything). The dataset source reveals a URL's credential only for the download.
     */
    public String masked(String text) {
        if (text == null) {
            return null;
        }
        return new SecretGuard(vault.get())
                .protect(settings.owner(), text, true, false, null)
                .text();
    }

    public AnswerQuestion answers() {
        return parts.get().answers;
    }

    /** Trying a finished build's model: {@code predict} and {@code try}. */
    public TryModelUseCase tryModel() {
        return parts.get().tryModel;
    }

    /**
     * Makes what a build or a dialogue needs, sentence encoder included, on a background thread, so that a chat
     * shows its prompt at once and its first request does not wait for the model to load.
     */
    public void warmUp() {
        Thread loader = new Thread(
                () -> {
                    try {
                        parts.get().offlineParser.parse("warm up");
                    } catch (RuntimeException e) {
                        // The first real request makes the parts again and reports what failed.
                    }
                },
                "mltrainer-warm-up");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public Conversations connect(ChatSurface surface) {
        CardPublisher cards = new CardPublisher(surface, status, cardScheduler, CARD_INTERVAL, clock, curves);
        events.subscribe(cards);
        // A card is edited by the replica holding its build's lease (its events come from there); a build no live
        // replica holds is refreshed here, the others are left to their holder.
        status.unfinished().stream()
                .filter(j -> j.thread().platform().equals(surface.platform()))
                .filter(j -> !j.leaseHeld(clock.instant(), workers::isAlive))
                .forEach(j -> cards.refresh(j.id()));
        return conversations(surface);
    }

    /**
     * The conversations of {@code surface} without status cards: the terminal, which shows live stage lines
     * instead.
     */
    public Conversations conversations(ChatSurface surface) {
        Parts wired = parts.get();
        return new Conversations(
                surface,
                wired.intake,
                database.intakes(),
                status,
                resume,
                cancel,
                wired.answers,
                Permissions.parse(settings.admins()),
                new SecretGuard(vault.get()),
                wired.tryModel,
                database.threadOrder());
    }

    @Override
    public Deliveries deliveries() {
        return deliveries;
    }

    @Override
    public CardMessages cardMessages() {
        return database.cardMessages();
    }

    @Override
    public Uploads uploads() {
        return uploads;
    }

    /**
     * The end of a graceful drain: builds running on this replica get until {@code deadline} to finish, then stop;
     * no training run is followed any more; the leases this replica holds are released so that another replica
     * takes its builds over at once. Returns how many leases were released.
     */
    public int drain(java.time.Instant deadline) {
        pool.shutdown();
        try {
            long left = Math.max(
                    0, java.time.Duration.between(clock.instant(), deadline).toMillis());
            pool.awaitTermination(left, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        awaitQuietly(pool);
        pollers.shutdownNow();
        scheduler.shutdownNow();
        awaitQuietly(scheduler);
        return releaseLeases();
    }

    @Override
    public void close() {
        // Card updates still queued are dropped (the cards are shown again at the next start); none may run on a
        // closed database.
        cardScheduler.shutdownNow();
        awaitQuietly(cardScheduler);
        pool.shutdownNow();
        pollers.shutdownNow();
        scheduler.shutdownNow();
        database.close();
    }

    /**
     * How often Kaggle sessions are asked about: {@code MLTRAINER_KAGGLE_POLL} (e.g. {@code 30s}, {@code 500ms}),
     * 30 s by default (Kaggle rate-limits).
     */
    private static java.time.Duration kagglePoll(Map<String, String> env) {
        String value = env.get("MLTRAINER_KAGGLE_POLL");
        if (value == null || value.isBlank()) {
            return java.time.Duration.ofSeconds(30);
        }
        String v = value.trim();
        return v.endsWith("ms")
                ? java.time.Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)))
                : java.time.Duration.ofSeconds(Long.parseLong(v.replaceAll("s$", "")));
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A value made once, on first use, by whichever thread needs it first. */
    private static final class Once<T> {
        private final java.util.function.Supplier<T> make;
        private T value;

        Once(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** This process's replica name, made on first use (a host name lookup and a random suffix: not for jobs). */
    private static final class Replica {
        static final String NAME = replica();

        private Replica() {}
    }

    private static String replica() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid() + "-"
                + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
