package io.mltrainer.runtimes;

import io.mltrainer.core.port.out.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A short Python run that leaves nothing behind (a smoke run, a prediction): a scratch folder of its own, deleted
 * afterwards, and one process in the sandbox with a time limit, killed when it passes it or when the caller is
 * interrupted. The caller reads what it needs from the logs before the folder goes.
 */
final class ScratchRun {
    /** The sandbox's own wall clock stops a process only this long after ours would have. */
    private static final Duration KILL_MARGIN = Duration.ofSeconds(30);

    private ScratchRun() {}

    /** Work done in a scratch folder. */
    @FunctionalInterface
    interface Work<T> {
        T in(Path scratch) throws IOException;
    }

    /** How the process ended. */
    sealed interface Ended {
        /** It exited by itself; its output is in {@code stdout} and {@code stderr}. */
        record Exited(int code, Path stdout, Path stderr) implements Ended {}

        /** It ran past the limit and was killed. */
        record TimedOut(Duration limit) implements Ended {}

        /** The caller was interrupted (the build was cancelled): the process was killed. */
        record Interrupted() implements Ended {}
    }

    /** Runs {@code work} in a new folder named after {@code prefix}, deleted afterwards whatever happens. */
    static <T> T inScratch(String prefix, Work<T> work) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(prefix);
            return work.in(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Files2.deleteQuietly(scratch);
        }
    }

    /**
     * Runs {@code python arguments…} in {@code scratch} inside {@code sandbox} and waits at most {@code limit};
     * {@code readable} is the one more path the process may read (the data, the model folder; null for none).
     */
    static Ended run(
            Sandbox sandbox,
            PythonInstallation python,
            List<String> arguments,
            Path scratch,
            String readable,
            Duration limit)
            throws IOException {
        Path stdout = scratch.resolve("stdout.log");
        Path stderr = scratch.resolve("stderr.log");
        Process process = sandbox.start(PythonProcess.run(
                python,
                arguments,
                scratch,
                scratch.resolve("data-cache"),
                readable,
                limit.plus(KILL_MARGIN),
                stdout,
                stderr));
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                LocalRuntime.kill(process.toHandle());
                return new Ended.TimedOut(limit);
            }
        } catch (InterruptedException e) {
            LocalRuntime.kill(process.toHandle());
            Thread.currentThread().interrupt();
            return new Ended.Interrupted();
        }
        return new Ended.Exited(process.exitValue(), stdout, stderr);
    }
}
