package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.TrainingRun;

/**
 * Something that follows training runs alongside the monitor: a training-curve renderer, for instance. Called on
 * the monitor's threads; must not block for long.
 */
public interface RunObserver {
    /** A progress line of a run. */
    default void progress(JobId job, JobEvent.TrainingProgress progress) {}

    /** The run succeeded and its outputs are in {@code run.outputDir()}; called before the build goes on. */
    default void finished(JobId job, TrainingRun run) {}
}
