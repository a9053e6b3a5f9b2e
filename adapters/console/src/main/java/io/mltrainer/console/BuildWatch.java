package io.mltrainer.console;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.port.in.BuildStatusQuery;
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
    /**
     * The stored state is read again at this pace too. For a build this process runs, the events alone would do:
     * the orchestrator saves a state before it publishes the event, and a wait registers for the event before it
     * reads the state, so no change falls between the two. But a build can go on elsewhere: when another replica on
     * the same database takes it over (this process lost its lease), its events are published on that replica's bus,
     * not here, and only the stored state tells this terminal that the build trained or ended.
     */
    private static final long RECHECK_SECONDS = 1;

    private final BuildStatusQuery status;
    private final Map<JobId, CompletableFuture<Void>> signals = new ConcurrentHashMap<>();

    BuildWatch(BuildStatusQuery status) {
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
