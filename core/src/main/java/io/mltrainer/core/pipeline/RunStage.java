package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.port.out.TrainingRuntime;

/**
 * A stage whose work is a run on a runtime (training): instead of running to its end in a worker thread, it
 * launches the run and hands it to the {@link RunMonitor}, which follows it without holding a thread and continues
 * the build when it ends.
 */
public interface RunStage extends StageAgent {
    /** Launches the build's run (or finds again the one its context names) and says where it runs. */
    Submitted submit(StageInput input);

    /** The runtime a checkpointed run belongs to, to follow it again after a restart. */
    TrainingRuntime runtime(String name);

    /** A launched run, its runtime, and how long it may take before it is stopped. */
    record Submitted(TrainingRuntime runtime, RunHandle handle, long timeLimitSeconds) {}

    /** A run stage's result comes through the monitor, never from a worker thread waiting for it. */
    @Override
    default io.mltrainer.core.domain.StageResult run(StageInput input) {
        throw new IllegalStateException("the " + stage().id() + " stage runs through the RunMonitor");
    }
}
