package io.mltrainer.core.pipeline;

import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.port.Sandbox;

/**
 * Whether a build's generated code may run on this machine. Where runs are confined ({@link Sandbox}) it always may.
 * Where they are not, a build asked for in a chat (anyone in the channel wrote the request, a model may have written
 * the code) is refused with the reason and what to install; a terminal build (the person at the keyboard could run
 * the script anyway) runs, with a warning in its events.
 */
public final class LocalCodeGuard {
    /** For tests and tools whose runs are confined or trusted. */
    public static final LocalCodeGuard ALLOW = new LocalCodeGuard(new Sandbox.Availability.Confined("none needed"));

    private final Sandbox.Availability availability;

    public LocalCodeGuard(Sandbox.Availability availability) {
        this.availability = availability;
    }

    /** Throws for a chat build where nothing confines local runs; warns a terminal build. */
    public void check(StageInput input) {
        if (!(availability instanceof Sandbox.Availability.Unavailable unavailable)) {
            return;
        }
        boolean terminal = input.thread() == null || input.thread().isTerminal();
        if (!terminal) {
            throw StageException.missingDependency("I don't run generated code on this machine for a chat build"
                    + " without a sandbox: " + unavailable.reason() + ". Ask an admin to install it, or build with"
                    + " --runtime kaggle or modal to train elsewhere.");
        }
        input.runListener()
                .progress(new JobEvent.TrainingProgress(
                        "warning",
                        "running generated code WITHOUT a sandbox (" + unavailable.reason()
                                + "): it can read everything this user can",
                        null,
                        null,
                        null));
    }
}
