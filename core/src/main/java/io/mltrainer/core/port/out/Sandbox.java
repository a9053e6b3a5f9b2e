package io.mltrainer.core.port.out;

import java.io.IOException;

/**
 * Where generated code runs on this machine: a box with no network, no credentials, the inputs read-only and only
 * its own folders writable (bubblewrap on Linux). Where no box can be made, runs start as plain child processes with
 * the same clean environment and limits, and {@link #availability()} says why and what to install.
 */
public interface Sandbox {
    /** Whether runs started here are confined. */
    Availability availability();

    /** Starts the run (confined when {@link #availability()} is {@link Availability.Confined}). */
    Process start(SandboxedRun run) throws IOException;

    /** Whether code is confined here, and if not, why not and what would confine it. */
    sealed interface Availability {
        /** Runs are confined by {@code mechanism} (such as {@code bubblewrap}). */
        record Confined(String mechanism) implements Availability {}

        /** Runs are not confined: {@code reason} says why and what to install. */
        record Unavailable(String reason) implements Availability {}
    }
}
