package io.mltrainer.core.port;

import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.RunHandle;

/** What a runtime reports while a run goes on. */
public interface RunListener {
    /** The run exists; the handle is checkpointed so that a restart can find it. */
    void started(RunHandle handle);

    void progress(JobEvent.TrainingProgress progress);
}
