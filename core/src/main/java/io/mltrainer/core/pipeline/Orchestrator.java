package io.mltrainer.core.pipeline;

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
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.StageState;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.RunListener;
import io.mltrainer.core.port.out.StaleJobException;
import io.mltrainer.core.port.out.TrainingRuntime;
import io.mltrainer.core.port.out.Workers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** The end of each build this process drives or follows: what {@link #submit} hands out. */
    private final ConcurrentMap<JobId, CompletableFuture<Job>> completions = new ConcurrentHashMap<>();

    private final RunMonitor monitor;
    private final AtomicBoolean awaitingHeartbeat = new AtomicBoolean();

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
        this(
                jobs,
                events,
                agents,
                policies,
                clock,
                workers,
                pool,
                scheduler,
                settings,
                new RunMonitor(events, clock, scheduler, pool, policies.of(Stage.TRAIN), List.of()));
    }

    /** {@code monitor} follows the training runs the train stage launches; this orchestrator continues them. */
    public Orchestrator(
            JobRepository jobs,
            EventBus events,
            Agents agents,
            RetryPolicies policies,
            Clock clock,
            Workers workers,
            ExecutorService pool,
            ScheduledExecutorService scheduler,
            OrchestratorSettings settings,
            RunMonitor monitor) {
        this.jobs = jobs;
        this.events = events;
        this.agents = agents;
        this.policies = policies;
        this.clock = clock;
        this.workers = workers;
        this.pool = pool;
        this.scheduler = scheduler;
        this.settings = settings;
        this.monitor = monitor;
        monitor.onEnding(this::runEnded);
    }

    /**
     * Runs a queued job on the worker pool; the future completes with the job as it ended (succeeded, failed,
     * cancelled or stopped early), also when it waited for a training run in between without holding a thread. When
     * every worker is busy the build says so (a notice on its card and in its events): it waits for a free worker,
     * it is not stuck.
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
        CompletableFuture<Job> completion = completion(id);
        pool.execute(() -> {
            try {
                settle(drive(id));
            } catch (RuntimeException e) {
                completions.remove(id, completion);
                completion.completeExceptionally(e);
            }
        });
        return completion;
    }

    /** Asks a job that runs in this process to stop, its training run too; false when it does not run here. */
    public boolean requestCancel(JobId id) {
        JobCancellation token = running.get(id);
        if (token != null) {
            token.cancel();
            return true;
        }
        if (!monitor.isFollowing(id)) {
            return false;
        }
        pool.execute(() -> cancelFollowed(id));
        return true;
    }

    public boolean isRunningHere(JobId id) {
        return running.containsKey(id) || monitor.isFollowing(id);
    }

    /**
     * Runs a queued job in the calling thread until it succeeds, fails, is cancelled or stops early; while its
     * training run goes on, the calling thread just waits for the build's end (the run is followed by the monitor).
     */
    public Job execute(JobId id) {
        CompletableFuture<Job> completion = completion(id);
        Job job = drive(id);
        if (job.status() != JobStatus.AWAITING_RUN) {
            settle(job);
            return job;
        }
        return completion.join();
    }

    private CompletableFuture<Job> completion(JobId id) {
        return completions.computeIfAbsent(id, k -> new CompletableFuture<>());
    }

    /** Completes the build's future unless it now waits for its run. */
    private void settle(Job job) {
        if (job.status() == JobStatus.AWAITING_RUN) {
            return;
        }
        CompletableFuture<Job> completion = completions.remove(job.id());
        if (completion != null) {
            completion.complete(job);
        }
    }

    private Job drive(JobId id) {
        return underLease(claim(id), Run::drive);
    }

    /** Runs {@code body} in the calling thread under the job's lease, cancellable through its token. */
    private Job underLease(Job job, java.util.function.Function<Run, Job> body) {
        JobId id = job.id();
        JobCancellation token = new JobCancellation(id, jobs, clock, settings.cancelPoll(), Thread.currentThread());
        running.put(id, token);
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(
                () -> renew(id, token),
                settings.heartbeat().toMillis(),
                settings.heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return body.apply(new Run(job, token));
        } finally {
            heartbeat.cancel(false);
            running.remove(id);
            Thread.interrupted(); // a cancel's wake-up must not leak into the pool's next task
        }
    }

    /** One heartbeat of a running build: a lease another replica took stops this worker. */
    private void renew(JobId id, JobCancellation token) {
        try {
            if (!jobs.renewLease(id, lease())) {
                LOG.warn("build {} was taken over by another replica; this worker stops", id);
                token.leaseLost();
            }
        } catch (RuntimeException e) {
            LOG.warn("could not renew the lease of build {}", id, e);
        }
    }

    /** The monitor says a followed run ended: the build goes on (or fails) on the worker pool. */
    private void runEnded(JobId id, RunHandle handle, RunMonitor.Outcome outcome) {
        pool.execute(() -> {
            try {
                settle(continueAfterRun(id, handle, outcome));
            } catch (RuntimeException e) {
                LOG.warn("build {} could not go on after its run", id, e);
                CompletableFuture<Job> completion = completions.remove(id);
                if (completion != null) {
                    completion.completeExceptionally(e);
                }
            }
        });
    }

    private Job continueAfterRun(JobId id, RunHandle handle, RunMonitor.Outcome outcome) {
        Job job = jobs.find(id).orElseThrow(() -> new IllegalArgumentException("no build " + id));
        if (job.status() != JobStatus.AWAITING_RUN) {
            return job; // cancelled meanwhile (its cancellation reported it), or taken over elsewhere
        }
        Optional<Job> claimed = jobs.claim(id, lease(), clock.instant());
        if (claimed.isEmpty()) {
            LOG.warn("build {} is followed by another replica now; its run's end is left to it", id);
            return jobs.find(id).orElse(job);
        }
        Job running = jobs.save(claimed.get().moveTo(JobStatus.RUNNING, clock.instant()));
        return underLease(running, run -> run.afterRun(handle, outcome));
    }

    private void cancelFollowed(JobId id) {
        if (!monitor.isFollowing(id)) {
            return; // cancelled already (by this process and by another's stored status at once)
        }
        Optional<String> note = monitor.cancel(id);
        note.ifPresent(text -> events.publish(id, new JobEvent.Notice(text)));
        Job job = jobs.find(id).orElse(null);
        if (job == null) {
            return;
        }
        JobCancellation token = new JobCancellation(id, jobs, clock, settings.cancelPoll(), Thread.currentThread());
        token.cancel();
        Thread.interrupted();
        settle(new Run(job, token).finishCancelled());
    }

    /**
     * Follows again a run that a stopped process launched (the build is {@code AWAITING_RUN} with its handle
     * checkpointed): nothing is launched, the run's runtime is asked about it from now on. The future completes
     * with the build's end.
     */
    public CompletableFuture<Job> followAgain(JobId id) {
        Job job = jobs.find(id).orElseThrow(() -> new IllegalArgumentException("no build " + id));
        RunHandle handle = job.context().activeRun();
        if (job.status() != JobStatus.AWAITING_RUN || handle == null) {
            throw new IllegalStateException("build " + id + " is not waiting for a run");
        }
        CompletableFuture<Job> completion = completion(id);
        StageAgent agent = agents.require(Stage.TRAIN, job.context().taskType().orElse(null));
        if (!(agent instanceof RunStage runStage)) {
            throw new IllegalStateException("the train stage of build " + id + " does not launch runs");
        }
        if (jobs.claim(id, lease(), clock.instant()).isEmpty()) {
            completions.remove(id, completion);
            throw new IllegalStateException("build " + id + " is followed by replica "
                    + jobs.find(id).flatMap(j -> j.leaseHolder(clock.instant())).orElse("(unknown)"));
        }
        followOnceMore(id, runStage.runtime(handle.runtime()), handle, timeLimit(job.context()));
        return completion;
    }

    /**
     * Takes over, for this replica, the builds no live replica holds (their lease ran out: the replica died, or gave
     * them up while it drained; or they stayed queued longer than a lease): a queued or running one is driven from
     * its last checkpoint on the worker pool, one waiting for its run is followed again (nothing is launched twice).
     * Stages that finished are never run again. Called every heartbeat by {@code serve}; returns the builds taken.
     */
    public List<JobId> takeOverAbandoned(int limit) {
        java.time.Instant now = clock.instant();
        releaseDeadHolders(now);
        List<Job> taken = jobs.claimAbandoned(lease(), now, now.minus(settings.leaseTtl()), limit);
        for (Job job : taken) {
            LOG.info("taking over build {} ({})", job.id(), job.status());
            events.publish(job.id(), new JobEvent.Notice("replica " + workers.self() + " took this build over"));
            RunHandle run =
                    job.status() == JobStatus.AWAITING_RUN ? job.context().activeRun() : null;
            if (run != null && run.isRemote()) {
                followTaken(job);
            } else {
                if (run != null) {
                    trainsAgain(job);
                }
                completion(job.id());
                pool.execute(() -> {
                    try {
                        Job running = job.status() == JobStatus.RUNNING
                                ? job
                                : jobs.save(job.moveTo(JobStatus.RUNNING, clock.instant()));
                        settle(underLease(running, Run::drive));
                    } catch (RuntimeException e) {
                        LOG.warn("build {} could not be taken over", job.id(), e);
                        CompletableFuture<Job> completion = completions.remove(job.id());
                        if (completion != null) {
                            completion.completeExceptionally(e);
                        }
                    }
                });
            }
        }
        return taken.stream().map(Job::id).toList();
    }

    /**
     * Looks for builds every heartbeat and takes over those no live replica holds, up to the free workers (builds
     * waiting for their run need none, one at a time is taken anyway).
     */
    public void startTakingOver() {
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        takeOverAbandoned(freeWorkers());
                    } catch (RuntimeException e) {
                        LOG.warn("could not look for builds to take over", e);
                    }
                },
                0,
                settings.heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private int freeWorkers() {
        if (pool instanceof ThreadPoolExecutor workersPool) {
            return Math.max(1, workersPool.getMaximumPoolSize() - workersPool.getActiveCount());
        }
        return 1;
    }

    /**
     * A holder this process knows to be dead (a process of this host that exited) gives its builds up at once
     * rather than after its lease's length.
     */
    private void releaseDeadHolders(java.time.Instant now) {
        jobs.findByStatus(java.util.EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.AWAITING_RUN)).stream()
                .flatMap(job -> job.leaseHolder(now).stream())
                .distinct()
                .filter(owner -> !workers.isAlive(owner))
                .forEach(owner -> jobs.releaseLeases(owner, now));
    }

    /**
     * A run on the machine of the replica that died ended with it (the sandbox ends a local run with the process that
     * started it): the train stage runs again here, and the build's thread is told why.
     */
    private void trainsAgain(Job job) {
        StageState train = job.context().stageState(Stage.TRAIN);
        events.publish(
                job.id(),
                new JobEvent.StageRetrying(
                        Stage.TRAIN,
                        Math.max(1, train.attempts()),
                        FailureKind.TRANSIENT,
                        "the local training run ended with the replica that started it (a local run cannot outlive"
                                + " its replica); replica " + workers.self() + " trains again",
                        0));
    }

    /** Follows the run of a build this replica just took over: its lease is already this replica's. */
    private void followTaken(Job job) {
        RunHandle handle = job.context().activeRun();
        StageAgent agent = agents.require(Stage.TRAIN, job.context().taskType().orElse(null));
        if (!(agent instanceof RunStage runStage)) {
            throw new IllegalStateException("the train stage of build " + job.id() + " does not launch runs");
        }
        completion(job.id());
        followOnceMore(job.id(), runStage.runtime(handle.runtime()), handle, timeLimit(job.context()));
    }

    private static long timeLimit(JobContext context) {
        return context.config() == null ? Long.MAX_VALUE / 4 : context.config().timeLimitSeconds();
    }

    /** Follows a run an earlier process followed: the progress it published is not published again. */
    private void followOnceMore(JobId id, TrainingRuntime runtime, RunHandle handle, long limitSeconds) {
        startAwaitingHeartbeat();
        // the run's log lines, not the sandbox warning the train stage gave before launching it
        int published = events.count(id, e -> e instanceof JobEvent.TrainingProgress p && !"warning".equals(p.phase()));
        monitor.follow(id, runtime, handle, limitSeconds, published);
    }

    private void follow(JobId id, TrainingRuntime runtime, RunHandle handle, long limitSeconds) {
        startAwaitingHeartbeat();
        monitor.follow(id, runtime, handle, limitSeconds);
    }

    private void startAwaitingHeartbeat() {
        if (awaitingHeartbeat.compareAndSet(false, true)) {
            // One heartbeat for every build waiting for its run: their leases say this process still follows them.
            scheduler.scheduleAtFixedRate(
                    () -> monitor.following().forEach(job -> renewQuietly(job)),
                    settings.heartbeat().toMillis(),
                    settings.heartbeat().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Keeps the lease of a build waiting for its run; a cancel stored by another process stops the run. */
    private void renewQuietly(JobId id) {
        try {
            if (jobs.find(id).map(j -> j.status() == JobStatus.CANCELLED).orElse(false)) {
                pool.execute(() -> cancelFollowed(id));
                return;
            }
            if (!jobs.renewLease(id, lease())) {
                LOG.warn("build {} is followed by another replica now; this one stops following it", id);
                monitor.release(id);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not renew the lease of build {}", id, e);
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
        Job claimed = jobs.claim(id, lease(), clock.instant())
                .filter(j -> j.status() == JobStatus.QUEUED)
                .orElseThrow(() -> new IllegalStateException("build " + id + " was taken by replica "
                        + jobs.find(id)
                                .flatMap(j -> j.leaseHolder(clock.instant()))
                                .orElse("(unknown)")));
        return jobs.save(claimed.moveTo(JobStatus.RUNNING, clock.instant()));
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
                    Step step = runStage(next.get());
                    if (step != Step.DONE) {
                        return job;
                    }
                }
            } catch (BuildCancelled cancelled) {
                return stopped();
            }
        }

        /** Cancelled: recorded as such; or taken over by another replica: left to it, nothing written. */
        private Job stopped() {
            if (token.isLeaseLost()) {
                return jobs.find(job.id()).orElse(job);
            }
            return finishCancelled();
        }

        private Optional<Stage> nextStage(JobContext context) {
            if (context.intent() == null) {
                return Optional.of(Stage.INTENT);
            }
            return context.plan()
                    .orElseThrow()
                    .nextStage(context, context.request().stopAfter());
        }

        /** Continues the build after its training run ended: the train stage's result or failure, then the rest. */
        Job afterRun(RunHandle handle, RunMonitor.Outcome outcome) {
            Stage stage = Stage.TRAIN;
            StageState state = job.context().stageState(stage);
            int attempts = Math.max(1, state.attempts());
            long millis = handle.millisSinceLaunch(clock.instant());
            try {
                if (outcome instanceof RunMonitor.Outcome.Failed failed) {
                    fail(new Failure(stage, failed.kind(), failed.reason(), attempts), millis);
                    return job;
                }
                StageResult result = ((RunMonitor.Outcome.Collected) outcome).run();
                completed(stage, result, attempts, millis);
                return drive();
            } catch (BuildCancelled cancelled) {
                return stopped();
            }
        }

        /** Runs one stage with its retries: done, or the build stopped (failed, asked) or waits for its run. */
        private Step runStage(Stage stage) {
            StageAgent agent;
            try {
                agent = agents.require(stage, job.context().taskType().orElse(null));
            } catch (StageException e) {
                fail(new Failure(stage, e.kind(), e.getMessage(), 0, e.question()), 0);
                return Step.STOPPED;
            }
            Failure earlier = job.context().failure();
            AtomicReference<Failure> previous =
                    new AtomicReference<>(earlier != null && earlier.stage() == stage ? earlier : null);
            AtomicInteger attempt = new AtomicInteger();
            long started = System.nanoTime();
            Retry retry = Retry.of(job.id() + ":" + stage.id(), retryConfig(stage, token));
            retry.getEventPublisher().onRetry(e -> onRetry(stage, previous.get(), e.getWaitInterval()));
            try {
                if (agent instanceof RunStage runStage) {
                    RunStage.Submitted submitted = Retry.decorateSupplier(
                                    retry, () -> attempt(runStage::submit, stage, attempt, previous))
                            .get();
                    await(submitted);
                    if (token.isCancelled()) {
                        // Cancelled while the run was being launched: stop it before anything waits for it.
                        monitor.cancel(job.id()).ifPresent(note -> events.publish(job.id(), new JobEvent.Notice(note)));
                        throw new BuildCancelled();
                    }
                    return Step.AWAITING_RUN;
                }
                StageResult result = Retry.decorateSupplier(
                                retry, () -> checked(stage, attempt(agent::run, stage, attempt, previous)))
                        .get();
                completed(stage, result, attempt.get(), elapsedMillis(started));
                return Step.DONE;
            } catch (StageException e) {
                if (e.kind() == FailureKind.CANCELLED || token.isCancelled()) {
                    throw new BuildCancelled();
                }
                fail(new Failure(stage, e.kind(), e.getMessage(), attempt.get(), e.question()), elapsedMillis(started));
                return Step.STOPPED;
            }
        }

        private void completed(Stage stage, StageResult result, int attempts, long millis) {
            JobContext next = job.context()
                    .with(result)
                    .withStage(stage, job.context().stageState(stage).succeeded(attempts, millis))
                    .withFailure(null);
            checkpoint(job.withContext(next, clock.instant()).moveTo(JobStatus.RUNNING, clock.instant()));
            events.publish(job.id(), new JobEvent.StageCompleted(stage, attempts, millis, Summaries.of(result)));
        }

        /** The run is launched: its handle is checkpointed, and the monitor follows it from now on. */
        private void await(RunStage.Submitted submitted) {
            RunHandle handle = submitted.handle();
            checkpoint(job.withContext(job.context().withActiveRun(handle), clock.instant())
                    .moveTo(JobStatus.AWAITING_RUN, clock.instant()));
            events.publish(
                    job.id(),
                    new JobEvent.Notice("training on " + handle.runtime()
                            + (handle.url() == null ? "" : ": follow it at " + handle.url())));
            follow(job.id(), submitted.runtime(), handle, submitted.timeLimitSeconds());
        }

        private StageResult checked(Stage stage, StageResult result) {
            if (result == null || result.stage() != stage) {
                throw new StageException(
                        FailureKind.INTERNAL, "the " + stage.id() + " agent returned no " + stage.id() + " result");
            }
            return result;
        }

        private <T> T attempt(
                java.util.function.Function<StageInput, T> work,
                Stage stage,
                AtomicInteger attempt,
                AtomicReference<Failure> previous) {
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
                return work.apply(new StageInput(
                        job.id(),
                        job.owner(),
                        job.context(),
                        number,
                        previous.get(),
                        runListener(),
                        token,
                        job.thread()));
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
         * Saves the job; when another process changed it meanwhile, a cancellation there wins, a lease another replica
         * took over stops this worker without a write, and any other change (a lease renewal is not one) is
         * overwritten because this worker holds the lease.
         */
        private void checkpoint(Job held) {
            // Each checkpoint carries a fresh lease: an old expiry written back would let another replica take over.
            Job next = held.lease() != null && held.lease().owner().equals(workers.self())
                    ? held.withLease(lease())
                    : held;
            try {
                job = jobs.save(next);
            } catch (StaleJobException stale) {
                Job current = jobs.find(next.id()).orElseThrow(() -> stale);
                if (current.status() == JobStatus.CANCELLED) {
                    token.cancel();
                    Thread.interrupted();
                    throw new BuildCancelled();
                }
                if (current.lease() == null || !current.lease().owner().equals(workers.self())) {
                    // Another replica took the build over: what it does from now on is the build's.
                    LOG.warn("build {} was taken over by {}; this worker stops", next.id(), current.lease());
                    token.leaseLost();
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
        return RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalFunction(policy.backoff())
                .retryOnException(
                        e -> e instanceof StageException se && se.kind().retriable() && !token.isCancelled())
                .build();
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /** Where a stage left the build. */
    private enum Step {
        DONE,
        STOPPED,
        AWAITING_RUN
    }

    /** Unwinds a run whose job was cancelled. */
    private static final class BuildCancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BuildCancelled() {
            super("cancelled", null, false, false);
        }
    }
}
