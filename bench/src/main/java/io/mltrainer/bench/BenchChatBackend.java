package io.mltrainer.bench;

import io.mltrainer.core.chat.ChatBackend;
import io.mltrainer.core.chat.Conversations;
import io.mltrainer.core.chat.Permissions;
import io.mltrainer.core.chat.Uploads;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.intake.ContinueIntake;
import io.mltrainer.core.intake.CredentialChecks;
import io.mltrainer.core.intake.IntakeSettings;
import io.mltrainer.core.intake.IntakeTurn;
import io.mltrainer.core.intake.SecretGuard;
import io.mltrainer.core.intake.ToolExecutor;
import io.mltrainer.core.pipeline.Agents;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.pipeline.OrchestratorSettings;
import io.mltrainer.core.pipeline.RetryPolicies;
import io.mltrainer.core.port.out.CardMessages;
import io.mltrainer.core.port.out.ChatSurface;
import io.mltrainer.core.port.out.Deliveries;
import io.mltrainer.core.port.out.ThreadOrder;
import io.mltrainer.core.testing.InMemoryIntakeRepository;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemoryJobRepository;
import io.mltrainer.core.testing.InMemorySecretVault;
import io.mltrainer.core.usecase.AnswerQuestion;
import io.mltrainer.core.usecase.BuildStatus;
import io.mltrainer.core.usecase.CancelBuild;
import io.mltrainer.core.usecase.ResumeBuild;
import io.mltrainer.core.usecase.StartBuild;
import io.mltrainer.persistence.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The chat backend of the acknowledgement benchmark: de-duplication on the product's H2 store (it is on the
 * acknowledgement path), conversations on in-memory stores (their work happens after the acknowledgement).
 */
final class BenchChatBackend implements ChatBackend, AutoCloseable {
    private final Clock clock = Clock.systemUTC();
    private final Database database;
    private final Uploads uploads;

    BenchChatBackend(Path home) {
        this.database = Database.embedded(home);
        this.uploads = new Uploads(home, Uploads.DEFAULT_MAX_BYTES);
    }

    @Override
    public Conversations connect(ChatSurface surface) {
        InMemoryJobRepository jobs = new InMemoryJobRepository();
        InMemoryJobEventLog log = new InMemoryJobEventLog();
        EventBus events = new EventBus(log, clock);
        InMemorySecretVault vault = new InMemorySecretVault();
        Orchestrator orchestrator = new Orchestrator(
                jobs,
                events,
                new Agents(List.of()),
                RetryPolicies.defaults(),
                clock,
                Fixtures.WORKERS,
                Executors.newSingleThreadExecutor(),
                Executors.newSingleThreadScheduledExecutor(),
                OrchestratorSettings.defaults());
        AtomicLong ids = new AtomicLong();
        ResumeBuild resume = new ResumeBuild(jobs, events, orchestrator, Fixtures.WORKERS, clock);
        InMemoryIntakeRepository intakes = new InMemoryIntakeRepository();
        ContinueIntake intake = new ContinueIntake(
                intakes,
                text -> Optional.empty(),
                vault,
                new CredentialChecks(new ToolExecutor(List.of(), vault, events, clock)),
                IntakeTurn.OFFLINE,
                new StartBuild(jobs, orchestrator, () -> new JobId("b" + ids.incrementAndGet()), clock),
                IntakeSettings.LOCAL,
                clock);
        return new Conversations(
                surface,
                intake,
                intakes,
                new BuildStatus(jobs, log),
                resume,
                new CancelBuild(jobs, events, orchestrator, Fixtures.WORKERS, clock),
                new AnswerQuestion(jobs, resume),
                Permissions.OWNER_ONLY,
                new SecretGuard(vault),
                null,
                ThreadOrder.ONE_PROCESS);
    }

    @Override
    public Deliveries deliveries() {
        return database.deliveries();
    }

    @Override
    public CardMessages cardMessages() {
        return database.cardMessages();
    }

    @Override
    public Uploads uploads() {
        return uploads;
    }

    @Override
    public void close() {
        database.close();
    }
}
