package io.mltrainer.core.port;

import io.mltrainer.core.domain.TrainingRun;

/** Where training code runs: the local machine, Kaggle or Modal. */
public interface TrainingRuntime {
    String name();

    /**
     * Runs the code until it ends, reporting progress. Failures arrive as stage exceptions: the script's own error
     * is not retriable, a crash of the machinery is. Cancellation stops the run and everything it started.
     */
    TrainingRun run(RunRequest request, RunListener listener, CancellationToken cancellation);
}
