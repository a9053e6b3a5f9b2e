package io.mltrainer.runtimes.sandbox;

import io.mltrainer.core.port.out.SandboxedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The limits of a run: CPU time and address space set by the shell's {@code ulimit} just before the command replaces
 * it (inherited by everything it starts), a lower scheduling priority ({@code nice}), and the wall-clock deadline kept
 * here, on the Java side.
 */
final class ProcessLimits {
    /**
     * How much lower than mltrainer's own threads generated code runs: a training that takes every core still leaves
     * the replica beside it answering (Slack wants its acknowledgement within 3 s, the chat its prompt).
     */
    static final int NICENESS = 10;

    private static final Path NICE = Path.of("/usr/bin/nice");

    private ProcessLimits() {}

    /** {@code command} started through {@code /bin/sh}, which sets the limits and then becomes the command. */
    static List<String> wrap(List<String> command, SandboxedRun.Limits limits) {
        long cpuSeconds = Math.max(1, limits.cpu().toSeconds());
        long memoryKib = Math.max(1, limits.memoryBytes() / 1024);
        String lower = Files.isExecutable(NICE) ? NICE + " -n " + NICENESS + " " : "";
        List<String> wrapped = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                "ulimit -t " + cpuSeconds + " && ulimit -v " + memoryKib + " && exec " + lower + "\"$@\"",
                "sh"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Kills the process and its children when it is still running at the end of its wall-clock limit. */
    static Process deadline(Process process, SandboxedRun.Limits limits) {
        CompletableFuture.runAsync(
                () -> {
                    if (process.isAlive()) {
                        ProcessTree.kill(process.toHandle());
                    }
                },
                CompletableFuture.delayedExecutor(limits.wallClock().toMillis(), TimeUnit.MILLISECONDS));
        return process;
    }

    /** The process builder every sandbox starts from: the command, its folder, exactly the run's environment. */
    static ProcessBuilder builder(List<String> command, SandboxedRun run) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(run.directory().toFile());
        builder.environment().clear();
        builder.environment().putAll(run.environment());
        if (run.stdout() != null) {
            builder.redirectOutput(run.stdout().toFile());
        }
        return builder.redirectError(run.stderr().toFile());
    }
}
