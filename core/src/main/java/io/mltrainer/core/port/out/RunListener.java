package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.RunHandle;

/**
 * What long-running work reports while it goes on, through the stage input. Training runs no longer use it: they
 * are followed by the {@code RunMonitor}, which checkpoints their handle and publishes their progress itself.
 */
public interface RunListener {
    /** The run exists; the handle is checkpointed so that a restart can find it. */
    void started(RunHandle handle);

    void progress(JobEvent.TrainingProgress progress);
}
