package io.mltrainer.core.pipeline;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Lease;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.StageState;
import io.mltrainer.core.port.JobRepository;
import io.mltrainer.core.port.RunListener;
import io.mltrainer.core.port.StaleJobException;
import io.mltrainer.core.port.Workers;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs builds: for each job, the stages of its plan in order, each wrapped in its retry policy, a checkpoint and
 * events. Jobs run on the worker pool under a lease that a heartbeat renews, so that another process can tell a
 * live build from one whose process died.
 */
public final class Orchestrator {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Orchestrator.class);

    private final JobRepository jobs;
    private final EventBus events;
    private final Agents agents;
    private final RetryPolicies policies;
    private final Clock clock;
    private final Workers workers;
    private final ExecutorService pool;
    private final ScheduledExecutorService scheduler;
    private final OrchestratorSettings settings;
    private final ConcurrentMap<JobId, JobCancellation> running = new ConcurrentHashMap<>();

    public Orchestrator(
            JobRepository jobs,
            EventBus events,
            Agents agents,
            RetryPolicies policies,
            Clock clock,
            Workers workers,
            ExecutorService pool,
            ScheduledExecutorService scheduler,
            OrchestratorSettings settings) {
        this.jobs = jobs;
        this.events = events;
        this.agents = agents;
        this.policies = policies;
        this.clock = clock;
        this.workers = workers;
        this.pool = pool;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    /**
     * Runs a queued job on the worker pool; the future completes with the job as it ended. When every worker is
     * busy the build says so (a notice on its card and in its events): it waits for a free worker, it is not stuck.
     */
    public CompletableFuture<Job> submit(JobId id) {
        if (pool instanceof ThreadPoolExecutor workersPool
                && workersPool.getActiveCount() >= workersPool.getMaximumPoolSize()) {
            events.publish(
                    id,
                    new JobEvent.Queued(
                            workersPool.getMaximumPoolSize(),
                            workersPool.getQueue().size()));
        }
        return CompletableFuture.supplyAsync(() -> execute(id), pool);
    }

    /** Asks a job that runs in this process to stop; false when it does not run here. */
    public boolean requestCancel(JobId id) {
        JobCancellation token = running.get(id);
        if (token == null) {
            return false;
        }
        token.cancel();
        return true;
    }

    public boolean isRunningHere(JobId id) {
        return running.containsKey(id);
    }

    /** Runs a queued job in the calling thread until it succeeds, fails, is cancelled or stops early. */
    public Job execute(JobId id) {
        Job job = claim(id);
        JobCancellation token = new JobCancellation(id, jobs, clock, settings.cancelPoll(), Thread.currentThread());
        running.put(id, token);
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(
                () -> jobs.renewLease(id, lease()),
                settings.heartbeat().toMillis(),
                settings.heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return new Run(job, token).drive();
        } finally {
            heartbeat.cancel(false);
            running.remove(id);
            Thread.interrupted(); // a cancel's wake-up must not leak into the pool's next task
        }
    }

    private Lease lease() {
        return new Lease(workers.self(), clock.instant().plus(settings.leaseTtl()));
    }

    private Job claim(JobId id) {
        Job job = jobs.find(id).orElseThrow(() -> new IllegalArgumentException("no build " + id));
        if (job.status() != JobStatus.QUEUED) {
            throw new IllegalStateException("build " + id + " is " + job.status() + ", not queued");
        }
        return jobs.save(job.moveTo(JobStatus.RUNNING, clock.instant()).withLease(lease()));
    }

    /** The state of one job while it runs: the latest saved version, kept current by every checkpoint. */
    private final class Run {
        private Job job;
        private final JobCancellation token;

        Run(Job job, JobCancellation token) {
            this.job = job;
            this.token = token;
        }

        Job drive() {
            try {
                while (true) {
                    Optional<Stage> next = nextStage(job.context());
                    if (next.isEmpty()) {
                        return finishSucceeded();
                    }
                    if (token.isCancelled()) {
                        throw new BuildCancelled();
                    }
                    if (!runStage(next.get())) {
                        return job;
                    }
                }
            } catch (BuildCancelled cancelled) {
                return finishCancelled();
            }
        }

        private Optional<Stage> nextStage(JobContext context) {
            if (context.intent() == null) {
                return Optional.of(Stage.INTENT);
            }
            return context.plan()
                    .orElseThrow()
                    .nextStage(context, context.request().stopAfter());
        }

        /** Runs one stage with its retries; false when the build failed. */
        private boolean runStage(Stage stage) {
            StageAgent agent;
            try {
                agent = agents.require(stage, job.context().taskType().orElse(null));
            } catch (StageException e) {
                fail(new Failure(stage, e.kind(), e.getMessage(), 0, e.question()), 0);
                return false;
            }
            Failure earlier = job.context().failure();
            AtomicReference<Failure> previous =
                    new AtomicReference<>(earlier != null && earlier.stage() == stage ? earlier : null);
            AtomicInteger attempt = new AtomicInteger();
            long started = System.nanoTime();
            Retry retry = Retry.of(job.id() + ":" + stage.id(), retryConfig(stage, token));
            retry.getEventPublisher().onRetry(e -> onRetry(stage, previous.get(), e.getWaitInterval()));
            if (stage == Stage.TRAIN) {
                checkpoint(job.moveTo(JobStatus.AWAITING_RUN, clock.instant()));
            }
            try {
                StageResult result = Retry.decorateSupplier(retry, () -> attempt(agent, stage, attempt, previous))
                        .get();
                long millis = elapsedMillis(started);
                JobContext next = job.context()
                        .with(result)
                        .withStage(stage, job.context().stageState(stage).succeeded(attempt.get(), millis))
                        .withFailure(null);
                checkpoint(job.withContext(next, clock.instant()).moveTo(JobStatus.RUNNING, clock.instant()));
                events.publish(
                        job.id(), new JobEvent.StageCompleted(stage, attempt.get(), millis, Summaries.of(result)));
                return true;
            } catch (StageException e) {
                if (e.kind() == FailureKind.CANCELLED || token.isCancelled()) {
                    throw new BuildCancelled();
                }
                fail(new Failure(stage, e.kind(), e.getMessage(), attempt.get(), e.question()), elapsedMillis(started));
                return false;
            }
        }

        private StageResult attempt(
                StageAgent agent, Stage stage, AtomicInteger attempt, AtomicReference<Failure> previous) {
            if (token.isCancelled()) {
                throw new StageException(FailureKind.CANCELLED, "cancelled");
            }
            int number = attempt.incrementAndGet();
            checkpoint(job.withContext(
                    job.context()
                            .withStage(stage, job.context().stageState(stage).running(number)),
                    clock.instant()));
            events.publish(job.id(), new JobEvent.StageStarted(stage, number));
            try {
                StageResult result = agent.run(new StageInput(
                        job.id(),
                        job.owner(),
                        job.context(),
                        number,
                        previous.get(),
                        runListener(),
                        token,
                        job.thread()));
                if (result == null || result.stage() != stage) {
                    throw new StageException(
                            FailureKind.INTERNAL, "the " + stage.id() + " agent returned no " + stage.id() + " result");
                }
                return result;
            } catch (StageException e) {
                previous.set(new Failure(stage, e.kind(), e.getMessage(), number, e.question()));
                throw e;
            } catch (RuntimeException e) {
                // Unclassified errors are retried in case they were circumstantial, and reported with their type.
                String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                LOG.warn("the {} agent failed unexpectedly on build {}", stage.id(), job.id(), e);
                previous.set(new Failure(stage, FailureKind.INTERNAL, message, number));
                throw new StageException(FailureKind.INTERNAL, message, e);
            }
        }

        private RunListener runListener() {
            return new RunListener() {
                @Override
                public void started(RunHandle handle) {
                    checkpoint(job.withContext(job.context().withActiveRun(handle), clock.instant()));
                }

                @Override
                public void progress(JobEvent.TrainingProgress progress) {
                    events.publish(job.id(), progress);
                }
            };
        }

        private void onRetry(Stage stage, Failure failure, Duration wait) {
            Thread.interrupted(); // only a cancel interrupts; it is seen through the token, not by the sleep
            FailureKind kind = failure == null ? FailureKind.INTERNAL : failure.kind();
            String error = failure == null ? "unknown error" : failure.reason();
            int attempts = failure == null ? 0 : failure.attempts();
            checkpoint(job.withContext(
                    job.context()
                            .withStage(stage, job.context().stageState(stage).retrying(attempts, error)),
                    clock.instant()));
            events.publish(job.id(), new JobEvent.StageRetrying(stage, attempts, kind, error, wait.toMillis()));
        }

        private void fail(Failure failure, long millis) {
            Stage stage = failure.stage();
            String reason = failure.reason();
            JobContext next = job.context()
                    .withStage(stage, job.context().stageState(stage).failed(failure.attempts(), millis, reason))
                    .withFailure(failure);
            checkpoint(job.withContext(next, clock.instant())
                    .moveTo(JobStatus.FAILED, clock.instant())
                    .withLease(null));
            events.publish(job.id(), new JobEvent.StageFailed(stage, failure.attempts(), failure.kind(), reason));
            events.publish(job.id(), new JobEvent.BuildFinished(JobStatus.FAILED, null, null, reason));
        }

        private Job finishSucceeded() {
            JobContext context = job.context();
            String location = context.deployment() != null
                    ? context.deployment().location()
                    : context.code() != null ? context.code().directory() : null;
            checkpoint(job.moveTo(JobStatus.SUCCEEDED, clock.instant()).withLease(null));
            events.publish(
                    job.id(),
                    new JobEvent.BuildFinished(
                            JobStatus.SUCCEEDED,
                            location,
                            context.run() == null ? null : context.run().metrics(),
                            null));
            return job;
        }

        private Job finishCancelled() {
            Job current = jobs.find(job.id()).orElse(job);
            JobContext context = current.context();
            for (Stage stage : Stage.values()) {
                StageState state = context.stageState(stage);
                if (state.status() == io.mltrainer.core.domain.StageStatus.RUNNING) {
                    context = context.withStage(stage, state.cancelled(state.durationMs()));
                }
            }
            Job cancelled = current.withContext(context, clock.instant())
                    .moveTo(JobStatus.CANCELLED, clock.instant())
                    .withLease(null);
            job = saveOver(cancelled);
            events.publish(job.id(), new JobEvent.BuildFinished(JobStatus.CANCELLED, null, null, "cancelled"));
            return job;
        }

        /**
         * Saves the job; when another process changed it meanwhile, a cancellation there wins, and any other change
         * (a lease renewal is not one) is overwritten because this worker holds the lease.
         */
        private void checkpoint(Job next) {
            try {
                job = jobs.save(next);
            } catch (StaleJobException stale) {
                Job current = jobs.find(next.id()).orElseThrow(() -> stale);
                if (current.status() == JobStatus.CANCELLED) {
                    token.cancel();
                    Thread.interrupted();
                    throw new BuildCancelled();
                }
                job = jobs.save(new Job(
                        next.id(),
                        next.owner(),
                        next.thread(),
                        next.status(),
                        next.context(),
                        current.version(),
                        next.lease(),
                        next.createdAt(),
                        next.updatedAt()));
            }
        }

        private Job saveOver(Job next) {
            Job current = jobs.find(next.id()).orElse(next);
            return jobs.save(new Job(
                    next.id(),
                    next.owner(),
                    next.thread(),
                    next.status(),
                    next.context(),
                    current.version(),
                    next.lease(),
                    next.createdAt(),
                    next.updatedAt()));
        }
    }

    private RetryConfig retryConfig(Stage stage, JobCancellation token) {
        RetryPolicy policy = policies.of(stage);
        Duration initial = policy.initialWait().isZero() ? Duration.ofMillis(1) : policy.initialWait();
        Duration max = policy.maxWait().compareTo(initial) < 0 ? initial : policy.maxWait();
        return RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(initial, policy.multiplier(), max))
                .retryOnException(
                        e -> e instanceof StageException se && se.kind().retriable() && !token.isCancelled())
                .build();
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /** Unwinds a run whose job was cancelled. */
    private static final class BuildCancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BuildCancelled() {
            super("cancelled", null, false, false);
        }
    }
}
