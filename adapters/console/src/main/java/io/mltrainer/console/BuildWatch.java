package io.mltrainer.console;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.usecase.BuildStatus;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How long the terminal waits before its next prompt, the way a person expects an answer: while a build runs its
 * checks (until it trains, ends or asks), and at the end of the input until it is over. It decides nothing about the
 * build; it reads the build's state, woken by its events.
 */
final class BuildWatch {
    /** The stored state is read again at this pace too, should an event have come before the wait began. */
    private static final long RECHECK_SECONDS = 1;

    private final BuildStatus status;
    private final Map<JobId, CompletableFuture<Void>> signals = new ConcurrentHashMap<>();

    BuildWatch(BuildStatus status) {
        this.status = status;
    }

    /** Called for every event of a watched build. */
    void onEvent(EventRecord record) {
        boolean settles = record.event() instanceof JobEvent.BuildFinished
                || record.event() instanceof JobEvent.StageStarted started && started.stage() == Stage.TRAIN;
        if (settles) {
            Optional.ofNullable(signals.get(record.jobId())).ifPresent(f -> f.complete(null));
        }
    }

    /** Waits while {@code id} runs the checks before training. */
    void awaitChecks(JobId id) {
        await(id, BuildWatch::pastChecks);
    }

    /** Waits until {@code id} is over (finished, failed, or stopped on a question). */
    void awaitEnd(JobId id) {
        await(id, job -> job.status().isTerminal() || job.status() == JobStatus.INTAKE);
    }

    private static boolean pastChecks(Job job) {
        return job.status().isTerminal()
                || job.status() == JobStatus.INTAKE
                || job.status() == JobStatus.AWAITING_RUN
                || job.currentStage().map(s -> s.compareTo(Stage.TRAIN) >= 0).orElse(true);
    }

    private void await(JobId id, java.util.function.Predicate<Job> done) {
        while (true) {
            CompletableFuture<Void> signal = new CompletableFuture<>();
            signals.put(id, signal);
            try {
                if (done.test(status.show(id).job())) {
                    return;
                }
                signal.get(RECHECK_SECONDS, TimeUnit.SECONDS);
                if (done.test(status.show(id).job())) {
                    return;
                }
            } catch (TimeoutException e) {
                // read the state again
            } catch (ExecutionException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                signals.remove(id, signal);
            }
        }
    }
}
