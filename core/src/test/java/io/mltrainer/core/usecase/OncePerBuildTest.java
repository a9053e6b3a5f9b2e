package io.mltrainer.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.agents.dataset.ColumnProfiler;
import io.mltrainer.core.agents.dataset.DataProfiler;
import io.mltrainer.core.agents.dataset.DatasetAgent;
import io.mltrainer.core.agents.dataset.LocalDataPolicy;
import io.mltrainer.core.agents.intent.IntentAgent;
import io.mltrainer.core.agents.intent.ModelIntentReader;
import io.mltrainer.core.agents.plan.ArchitectureAgent;
import io.mltrainer.core.agents.plan.Catalogue;
import io.mltrainer.core.agents.plan.ConfigAgent;
import io.mltrainer.core.agents.plan.Planner;
import io.mltrainer.core.agents.plan.PlanningAgent;
import io.mltrainer.core.agents.plan.PreprocessAgent;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskPlan;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.intake.ContinueIntake;
import io.mltrainer.core.intake.CredentialChecks;
import io.mltrainer.core.intake.Inbound;
import io.mltrainer.core.intake.IntakeReply;
import io.mltrainer.core.intake.IntakeSettings;
import io.mltrainer.core.intake.IntakeTurn;
import io.mltrainer.core.intake.SecretGuard;
import io.mltrainer.core.intake.ToolExecutor;
import io.mltrainer.core.pipeline.Agents;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.pipeline.OrchestratorSettings;
import io.mltrainer.core.pipeline.RetryPolicies;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.DatasetSource;
import io.mltrainer.core.port.out.IntentParser;
import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.port.out.TabularReader;
import io.mltrainer.core.port.out.Workers;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.testing.FakeDatasetSource;
import io.mltrainer.core.testing.InMemoryIntakeRepository;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.testing.InMemorySecretVault;
import io.mltrainer.core.testing.IntentSchemas;
import io.mltrainer.core.testing.LiveWorkers;
import io.mltrainer.core.testing.Waits;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A build is understood once, its data read and profiled once (a local table too: the dataset stage's read settles
 * its target and task and serves every later stage) and its plan computed once, whichever way it started: from a chat
 * intake (which understood the words for its summary) or from the command line.
 */
class OncePerBuildTest {
    private static final String REQUEST = "classify the sentiment of movie reviews from stanfordnlp/imdb";
    private static final BuildRequest HOUSES_REQUEST =
            new BuildRequest("estimate the price of a house from houses.csv", null, null, null, Stage.ARCHITECTURE);

    private final Clock clock = Clock.systemUTC();
    private final InMemoryJobRepository jobs = new InMemoryJobRepository();
    private final EventBus events = new EventBus(new InMemoryJobEventLog(), clock);
    private final InMemorySecretVault vault = new InMemorySecretVault();
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger ids = new AtomicInteger();
    private final Workers workers = new LiveWorkers("w");

    private final CountingParser parser = new CountingParser();
    private final CountingSource data = new CountingSource(reviews());
    private final AtomicInteger profiles = new AtomicInteger();
    private final ColumnProfiler countingProfiler = table -> {
        profiles.incrementAndGet();
        return DataProfiler.profile(table);
    };
    private final AtomicInteger plans = new AtomicInteger();
    private final AtomicBoolean preprocessStops = new AtomicBoolean();
    private final Planner planner = new Planner(Catalogue.load(), 1800);
    private final PlanningAgent.TaskPlanner countingPlanner = (intent, report) -> {
        plans.incrementAndGet();
        return planner.plan(intent, report);
    };

    private final Orchestrator orchestrator = orchestrator(parser, data);
    private final StartBuild builds =
            new StartBuild(jobs, orchestrator, () -> new JobId("job-" + ids.incrementAndGet()), clock);

    /** The stages up to the architecture, with the given words and data, counting plans and profiles. */
    private Orchestrator orchestrator(IntentParser words, DatasetSource source) {
        return new Orchestrator(
                jobs,
                events,
                new Agents(List.of(
                        new IntentAgent(
                                new ModelIntentReader(ChatModelPort.OFFLINE, IntentSchemas.UNUSED, words), NO_FILES),
                        new DatasetAgent(source, LocalDataPolicy.UNRESTRICTED, countingProfiler),
                        new StopsOnce(new PreprocessAgent(), preprocessStops),
                        new ConfigAgent(Duration.ofMinutes(30)),
                        new ArchitectureAgent(Catalogue.load()),
                        PlanningAgent.preprocess(countingPlanner),
                        PlanningAgent.config(countingPlanner),
                        PlanningAgent.architecture(countingPlanner))),
                RetryPolicies.defaults(),
                clock,
                workers,
                pool,
                scheduler,
                OrchestratorSettings.defaults());
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void a_chat_build_works_from_what_the_intake_understood_without_reading_the_words_again() {
        ContinueIntake intake = new ContinueIntake(
                new InMemoryIntakeRepository(),
                parser,
                vault,
                new CredentialChecks(new ToolExecutor(List.of(), vault, events, clock)),
                IntakeTurn.OFFLINE,
                builds,
                IntakeSettings.LOCAL,
                clock);
        ThreadKey thread = new ThreadKey("slack", "T1", "C1", "1700000000.0001");
        intake.handle(Inbound.masked(new SecretGuard(vault), null, thread, "alice", REQUEST, false, null));

        IntakeReply started =
                intake.handle(Inbound.masked(new SecretGuard(vault), null, thread, "alice", "yes", false, null));
        Job job = finished(started.started());

        assertThat(job.context().intent()).isNotNull();
        assertThat(job.context().intent().taskType()).isEqualTo(TaskType.TEXT_CLASSIFICATION);
        assertThat(parser.calls).hasValue(1);
        assertThat(data.reads).hasValue(1);
        assertThat(profiles).hasValue(1);
        assertThat(plans).hasValue(1);
    }

    @Test
    void a_command_line_build_reads_its_words_its_data_and_plans_once() throws Exception {
        Job job = fromCommandLine();

        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(parser.calls).hasValue(1);
        assertThat(data.reads).hasValue(1);
        assertThat(profiles).hasValue(1);
        assertThat(plans).hasValue(1);
    }

    @Test
    void a_local_table_is_read_and_profiled_once_and_its_data_settles_the_target_and_the_task() throws Exception {
        CountingSource table = new CountingSource(houses());
        Orchestrator tables = orchestrator(new TabularParser(), table);
        StartBuild start = new StartBuild(jobs, tables, () -> new JobId("job-" + ids.incrementAndGet()), clock);

        Job job = start.start("alice", ThreadKey.terminal("t2"), HOUSES_REQUEST)
                .completion()
                .get(30, TimeUnit.SECONDS);

        assertThat(job.status()).as("%s", job.context().failure()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(table.reads).as("reads of the table").hasValue(1);
        assertThat(profiles).as("profiles of its columns").hasValue(1);
        assertThat(job.context().intent().unconfirmed()).isNull();
        assertThat(job.context().intent().taskType()).isEqualTo(TaskType.TABULAR_REGRESSION);
        assertThat(job.context().intent().dataset().target()).isEqualTo("price");
        assertThat(job.context().intent().modelName()).isEqualTo("houses-price");
        assertThat(job.context().dataReport().target()).isEqualTo("price");
    }

    @Test
    void a_build_resumed_after_its_dataset_stage_reads_the_table_no_more() throws Exception {
        CountingSource table = new CountingSource(houses());
        Orchestrator tables = orchestrator(new TabularParser(), table);
        StartBuild start = new StartBuild(jobs, tables, () -> new JobId("job-" + ids.incrementAndGet()), clock);
        preprocessStops.set(true);
        Job failed = start.start("alice", ThreadKey.terminal("t3"), HOUSES_REQUEST)
                .completion()
                .get(30, TimeUnit.SECONDS);

        Job resumed = new ResumeBuild(jobs, events, tables, workers, clock)
                .resume(failed.id())
                .get(30, TimeUnit.SECONDS);

        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.context().hasResult(Stage.DATASET)).isTrue();
        assertThat(resumed.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(resumed.context().intent().dataset().target()).isEqualTo("price");
        assertThat(table.reads).as("reads of the table").hasValue(1);
        assertThat(profiles).as("profiles of its columns").hasValue(1);
    }

    @Test
    void the_config_and_architecture_stages_record_the_parts_of_the_one_kept_plan() throws Exception {
        Job job = fromCommandLine();

        TaskPlan kept = job.context().taskPlan();
        assertThat(kept).isNotNull();
        assertThat(job.context().preprocess()).isEqualTo(kept.preprocess());
        assertThat(job.context().config()).isEqualTo(kept.config());
        assertThat(job.context().architecture()).isEqualTo(kept.architecture());
    }

    /** A build of {@link #REQUEST} started like {@code run --stop-after architecture}, once it ended. */
    private Job fromCommandLine() throws Exception {
        BuildRequest request = new BuildRequest(REQUEST, null, null, null, Stage.ARCHITECTURE);
        return builds.start("alice", ThreadKey.terminal("t1"), request)
                .completion()
                .get(30, TimeUnit.SECONDS);
    }

    /** The build a confirmed intake started, once it stopped (here: at code generation, which has no agent). */
    private Job finished(JobId id) {
        assertThat(id).isNotNull();
        Waits.until(
                "the build to stop",
                () -> jobs.find(id).map(j -> j.status().isTerminal()).orElse(false));
        Job job = jobs.find(id).orElseThrow();
        assertThat(job.context().hasResult(Stage.ARCHITECTURE)).isTrue();
        return job;
    }

    private static DatasetSample reviews() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of(
                    "this film was a wonderful surprise and the actors were great " + i, i % 2 == 0 ? "pos" : "neg"));
        }
        return FakeDatasetSource.table(List.of("text", "label"), rows).inspect(null);
    }

    private static DatasetSample houses() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(List.of(
                    String.valueOf(600 + 13 * i),
                    String.valueOf(1 + i % 5),
                    List.of("north", "south", "east").get(i % 3),
                    String.valueOf(150000 + 1733 * i)));
        }
        return FakeDatasetSource.table(List.of("area", "rooms", "district", "price"), rows)
                .inspect(null);
    }

    /** A stage that stops the build once when told to (as a process that died there would), then works. */
    private record StopsOnce(StageAgent agent, AtomicBoolean stop) implements StageAgent {
        @Override
        public Stage stage() {
            return agent.stage();
        }

        @Override
        public boolean supports(TaskType type) {
            return agent.supports(type);
        }

        @Override
        public StageResult run(StageInput input) {
            if (stop.getAndSet(false)) {
                throw StageException.badInput("the build stopped here");
            }
            return agent.run(input);
        }
    }

    /** The offline parser's reading of a request on a local table: a table task whose target it did not find. */
    private static final class TabularParser implements IntentParser {
        @Override
        public Optional<ParsedIntent> parse(String request) {
            return Optional.of(new ParsedIntent(TaskType.TABULAR_CLASSIFICATION, request, null, null));
        }
    }

    /** The offline parser of a request for a text classifier on a Hub dataset, counting its calls. */
    private static final class CountingParser implements IntentParser {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Optional<ParsedIntent> parse(String request) {
            calls.incrementAndGet();
            return Optional.of(new ParsedIntent(
                    TaskType.TEXT_CLASSIFICATION,
                    request,
                    new DatasetSpec(DatasetSourceKind.HUGGINGFACE, "stanfordnlp/imdb", null),
                    "imdb-sentiment"));
        }
    }

    /** A dataset source that counts its reads. */
    private static final class CountingSource implements DatasetSource {
        final AtomicInteger reads = new AtomicInteger();
        private final DatasetSample sample;

        CountingSource(DatasetSample sample) {
            this.sample = sample;
        }

        @Override
        public boolean reads(DatasetSourceKind kind) {
            return true;
        }

        @Override
        public DatasetSample inspect(DatasetQuery query) {
            reads.incrementAndGet();
            return sample;
        }
    }

    private static final TabularReader NO_FILES = new TabularReader() {
        @Override
        public String resolve(String location) {
            return location;
        }

        @Override
        public RawTable read(String path, int maxRows) {
            throw new AssertionError("only the dataset stage reads data, through its DatasetSource");
        }
    };
}
