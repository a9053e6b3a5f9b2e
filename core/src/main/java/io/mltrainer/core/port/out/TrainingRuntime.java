package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.TrainingRun;
import java.time.Duration;

/**
 * Where training code runs: the local machine, Kaggle or Modal. A run is launched, then followed by the
 * {@code RunMonitor}: nothing here blocks until a run ends, so a build waiting for its run holds no thread.
 *
 * <p>Failures arrive as {@code StageException}s, classified where they happen: a refused credential or a rejected
 * kernel is not retriable, an unreachable service is (the monitor retries polls with the train stage's budget).
 */
public interface TrainingRuntime {
    /** The runtime's id ({@code local}, {@code kaggle}, {@code modal}), as stored in {@link RunHandle#runtime()}. */
    String name();

    /** How often the monitor asks about a run on this runtime. */
    Duration pollInterval();

    /**
     * Launches the run, or finds again the one {@code request.previous()} names: a run that exists remotely is
     * never launched a second time (its handle comes back, possibly refreshed). The returned handle is checkpointed
     * before anything else happens, so a restarted mltrainer follows the same run.
     */
    RunHandle submit(RunRequest request);

    /**
     * The run's state now, with the log lines written since {@code cursor} (0 at first: the monitor passes back the
     * cursor of the previous answer).
     */
    RunStatus poll(RunHandle handle, long cursor);

    /**
     * The outputs of a run that succeeded, downloaded (when remote) into {@link RunHandle#outputDir()} in the
     * build's folder, with {@code metrics.json} read.
     */
    TrainingRun collect(RunHandle handle);

    /**
     * Stops the run and everything it started, as far as the runtime allows; returns what the user should be told
     * when stopping is only best effort (e.g. where to stop it by hand), or null when it stopped.
     */
    String cancel(RunHandle handle);
}
