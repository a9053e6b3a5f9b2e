package io.mltrainer.runtimes.sandbox;

import io.mltrainer.core.port.out.Sandbox;
import io.mltrainer.core.port.out.SandboxedRun;
import java.io.IOException;

/**
 * No box: the run is a plain child process, with the run's clean environment and its limits, but it can read and
 * write whatever this user can. Used only where bubblewrap cannot run; chat builds refuse to run code here.
 */
final class UnconfinedSandbox implements Sandbox {
    private final String reason;

    UnconfinedSandbox(String reason) {
        this.reason = reason;
    }

    @Override
    public Availability availability() {
        return new Availability.Unavailable(reason);
    }

    @Override
    public Process start(SandboxedRun run) throws IOException {
        return ProcessLimits.deadline(
                ProcessLimits.builder(ProcessLimits.wrap(run.command(), run.limits()), run)
                        .start(),
                run.limits());
    }
}
