package io.mltrainer.core.port.out;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One process to run confined: its command, the folder it starts in and the only folders it may write ({@code
 * directory} always among them), what it may read besides the system ({@code readOnly}: its data, its interpreter),
 * the whole environment it gets (nothing else is inherited), its limits, and where its output goes ({@code stdout}
 * null: a pipe the caller reads).
 */
public record SandboxedRun(
        List<String> command,
        Path directory,
        List<Path> writable,
        List<Path> readOnly,
        Map<String, String> environment,
        Limits limits,
        Path stdout,
        Path stderr) {
    public SandboxedRun {
        command = List.copyOf(command);
        Objects.requireNonNull(directory, "directory");
        writable = List.copyOf(writable);
        readOnly = List.copyOf(readOnly);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(stderr, "stderr");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a sandboxed run needs a command");
        }
    }

    /**
     * CPU time (all threads together), address space and wall-clock time; the process is killed when it passes any.
     */
    public record Limits(Duration cpu, long memoryBytes, Duration wallClock) {
        /** Generous enough for a scikit-learn or a small torch run, small enough to stop a runaway. */
        public static final long DEFAULT_MEMORY_BYTES = 16L * 1024 * 1024 * 1024;

        public Limits {
            Objects.requireNonNull(cpu, "cpu");
            Objects.requireNonNull(wallClock, "wallClock");
            if (cpu.isNegative() || cpu.isZero() || wallClock.isNegative() || wallClock.isZero() || memoryBytes <= 0) {
                throw new IllegalArgumentException("sandbox limits must be positive");
            }
        }

        /**
         * Limits for a run allowed {@code wallClock}: CPU time for every core over that time (threads add up), the
         * default memory.
         */
        public static Limits forWallClock(Duration wallClock, int cores) {
            return new Limits(wallClock.multipliedBy(Math.max(1, cores)), DEFAULT_MEMORY_BYTES, wallClock);
        }
    }
}
