package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.port.out.RunStatus;
import io.mltrainer.core.port.out.TrainingRuntime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Follows launched training runs without holding a thread per run: one scheduler asks each runtime about its runs
 * (at the runtime's poll interval; the asking itself happens on a small pool of pollers), publishes each
 * {@code MLTRAINER {...}} line as progress, and reports the run's end (outputs collected, or the remote error with
 * the last log lines) to whoever continues the build.
 *
 * <p>Transient poll errors (an unreachable service) are retried with the train stage's policy, counting
 * consecutive failures; a run that outlives its time limit is stopped.
 */
public final class RunMonitor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunMonitor.class);
    /** A remote run may wait in a queue before it starts: it gets this much on top of its time limit. */
    static final Duration REMOTE_GRACE = Duration.ofMinutes(10);

    private static final int LAST_LINES = 8;

    /** How a followed run ended. */
    public sealed interface Outcome {
        /** It succeeded; its outputs are collected. */
        record Collected(TrainingRun run) implements Outcome {}

        /** It failed, could not be followed, or ran out of time. */
        record Failed(FailureKind kind, String reason) implements Outcome {}
    }

    /** Continues a build whose run ended. */
    public interface Ending {
        void ended(JobId job, RunHandle handle, Outcome outcome);
    }

    private final EventBus events;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Executor pollers;
    private final RetryPolicy retries;
    private final List<RunObserver> observers;
    private final ConcurrentMap<JobId, Followed> runs = new ConcurrentHashMap<>();
    private volatile Ending ending = (job, handle, outcome) -> {};

    public RunMonitor(
            EventBus events,
            Clock clock,
            ScheduledExecutorService scheduler,
            Executor pollers,
            RetryPolicy retries,
            List<RunObserver> observers) {
        this.events = events;
        this.clock = clock;
        this.scheduler = scheduler;
        this.pollers = pollers;
        this.retries = retries;
        this.observers = List.copyOf(observers);
    }

    /** Who continues builds whose run ended (the orchestrator). */
    public void onEnding(Ending next) {
        this.ending = next;
    }

    /** Starts following a launched run; the first poll comes at once. */
    public void follow(JobId job, TrainingRuntime runtime, RunHandle handle, long timeLimitSeconds) {
        follow(job, runtime, handle, timeLimitSeconds, 0);
    }

    /**
     * Follows a run that was followed before (by a process that stopped, or a replica that died): the log is read
     * from its start, and its first {@code published} progress lines, already in the build's events, are not
     * published again.
     */
    public void follow(JobId job, TrainingRuntime runtime, RunHandle handle, long timeLimitSeconds, int published) {
        Followed followed = new Followed(job, runtime, handle, deadline(handle, timeLimitSeconds));
        followed.republished = published;
        Followed earlier = runs.put(job, followed);
        if (earlier != null) {
            earlier.stop();
        }
        schedule(followed, Duration.ZERO);
    }

    public boolean isFollowing(JobId job) {
        return runs.containsKey(job);
    }

    /** The builds whose runs are followed now. */
    public Set<JobId> following() {
        return Set.copyOf(runs.keySet());
    }

    public Optional<RunHandle> handle(JobId job) {
        return Optional.ofNullable(runs.get(job)).map(f -> f.handle);
    }

    /**
     * Stops following the build's run and stops the run itself; returns what the user must be told when the
     * runtime can only stop following (empty when the run stopped or none was followed).
     */
    public Optional<String> cancel(JobId job) {
        Followed followed = runs.remove(job);
        if (followed == null) {
            return Optional.empty();
        }
        followed.stop();
        try {
            return Optional.ofNullable(followed.runtime.cancel(followed.handle));
        } catch (RuntimeException e) {
            LOG.warn("could not stop the {} run of build {}", followed.runtime.name(), job, e);
            return Optional.of("The run on " + followed.runtime.name() + " could not be stopped ("
                    + e.getMessage() + ")"
                    + (followed.handle.url() == null ? "" : "; stop it at " + followed.handle.url()) + ".");
        }
    }

    /**
     * Stops following the build's run and leaves the run going: another replica follows it now (it took the build's
     * lease over). False when the run was not followed here.
     */
    public boolean release(JobId job) {
        Followed followed = runs.remove(job);
        if (followed == null) {
            return false;
        }
        followed.stop();
        return true;
    }

    private Instant deadline(RunHandle handle, long limitSeconds) {
        Instant launched = handle.launchedAt() == null ? clock.instant() : handle.launchedAt();
        Duration grace = handle.isRemote() ? REMOTE_GRACE : Duration.ZERO;
        return launched.plusSeconds(limitSeconds).plus(grace);
    }

    private void schedule(Followed followed, Duration delay) {
        if (followed.stopped) {
            return;
        }
        try {
            followed.next = scheduler.schedule(
                    () -> pollers.execute(() -> poll(followed)), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The process is stopping: the run stays checkpointed and is followed again by whoever takes the build
            // (this process at its next start, or another replica). Nothing more to schedule here.
        }
    }

    private void poll(Followed f) {
        if (f.stopped) {
            return;
        }
        if (!clock.instant().isBefore(f.deadline)) {
            overTime(f);
            return;
        }
        RunStatus status;
        try {
            status = f.runtime.poll(f.handle, f.cursor);
        } catch (StageException e) {
            pollFailed(f, e.kind(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.warn("asking {} about the run of build {} failed", f.runtime.name(), f.job, e);
            pollFailed(f, FailureKind.TRANSIENT, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        f.failures = 0;
        f.cursor = status.cursor();
        status.lines().forEach(line -> publish(f, line));
        if (status instanceof RunStatus.Failed failed) {
            end(f, new Outcome.Failed(failed.kind(), failure(f, failed)));
        } else if (status instanceof RunStatus.Succeeded) {
            collect(f);
        } else {
            schedule(f, f.runtime.pollInterval());
        }
    }

    private void publish(Followed f, String line) {
        ProgressLines.parse(line).ifPresent(parsed -> {
            if (parsed instanceof ProgressLines.Progress p) {
                if (f.republished > 0) {
                    f.republished--;
                    return;
                }
                events.publish(f.job, p.event());
                observers.forEach(o -> o.progress(f.job, p.event()));
            } else if (parsed instanceof ProgressLines.ScriptError e) {
                f.scriptError = e.message();
            }
        });
    }

    private void pollFailed(Followed f, FailureKind kind, String message) {
        f.failures++;
        if (!kind.retriable() || f.failures >= retries.maxAttempts()) {
            String tries = f.failures > 1 ? " (" + f.failures + " tries)" : "";
            end(
                    f,
                    new Outcome.Failed(
                            kind, "could not follow the run on " + f.runtime.name() + tries + ": " + message));
            return;
        }
        Duration wait = Duration.ofMillis(retries.backoff().apply(f.failures));
        events.publish(
                f.job,
                new JobEvent.Notice("could not reach " + f.runtime.name() + " (" + message + "); asking again in "
                        + wait.toSeconds() + " s"));
        schedule(f, wait);
    }

    private void collect(Followed f) {
        TrainingRun run;
        try {
            run = f.runtime.collect(f.handle);
        } catch (StageException e) {
            end(f, new Outcome.Failed(e.kind(), e.getMessage()));
            return;
        } catch (RuntimeException e) {
            LOG.warn("collecting the outputs of build {} failed", f.job, e);
            end(f, new Outcome.Failed(FailureKind.INTERNAL, "could not collect the run's outputs: " + e));
            return;
        }
        for (RunObserver observer : observers) {
            try {
                observer.finished(f.job, run);
            } catch (RuntimeException e) {
                LOG.warn("a run observer failed on build {}", f.job, e);
            }
        }
        end(f, new Outcome.Collected(run));
    }

    private void overTime(Followed f) {
        String note = cancelQuietly(f);
        end(
                f,
                new Outcome.Failed(
                        FailureKind.TIME_LIMIT,
                        "training took longer than its limit and was stopped"
                                + (note == null ? "" : " (" + note + ")")));
    }

    private String cancelQuietly(Followed f) {
        try {
            return f.runtime.cancel(f.handle);
        } catch (RuntimeException e) {
            return "stopping it failed: " + e.getMessage();
        }
    }

    private String failure(Followed f, RunStatus.Failed failed) {
        String error = f.scriptError != null ? f.scriptError : failed.error();
        List<String> tail = failed.lastLines()
                .subList(
                        Math.max(0, failed.lastLines().size() - LAST_LINES),
                        failed.lastLines().size());
        return "the training run failed: " + error
                + (tail.isEmpty() ? "" : "\nlast log lines:\n" + String.join("\n", tail));
    }

    private void end(Followed f, Outcome outcome) {
        if (!runs.remove(f.job, f)) {
            return; // cancelled or replaced meanwhile
        }
        f.stop();
        ending.ended(f.job, f.handle, outcome);
    }

    /** One followed run; polled by one poller at a time (the next poll is scheduled after the previous ends). */
    private static final class Followed {
        final JobId job;
        final TrainingRuntime runtime;
        final RunHandle handle;
        final Instant deadline;
        long cursor;
        int failures;
        /** Progress lines at the start of the log that an earlier follower published already. */
        int republished;

        String scriptError;
        volatile boolean stopped;
        volatile ScheduledFuture<?> next;

        Followed(JobId job, TrainingRuntime runtime, RunHandle handle, Instant deadline) {
            this.job = job;
            this.runtime = runtime;
            this.handle = handle;
            this.deadline = deadline;
        }

        void stop() {
            stopped = true;
            ScheduledFuture<?> pending = next;
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }
}
