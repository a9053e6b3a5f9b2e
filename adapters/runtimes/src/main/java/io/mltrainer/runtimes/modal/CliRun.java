package io.mltrainer.runtimes.modal;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.runtimes.ChildEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a CLI command with extra variables in the child's environment only (this process's other credentials are
 * left out: the Modal CLI runs generated code locally), and its output (stdout and stderr together) collected up to
 * a cap, or written to a file. A command that outlives its time limit is killed with its children.
 */
final class CliRun {
    /** Plenty for a status or an error message; a runaway command cannot fill the heap. */
    private static final int MAX_OUTPUT = 64 * 1024;

    /** What the command said and how it ended. */
    record Result(int exitCode, String output) {}

    /** Thrown when the program cannot be started at all (not installed, not executable). */
    static final class NotStarted extends Exception {
        private static final long serialVersionUID = 1L;

        NotStarted(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private CliRun() {}

    static Result run(List<String> command, Map<String, String> environment, Duration timeLimit) throws NotStarted {
        return run(command, environment, null, timeLimit);
    }

    /** Runs the command in {@code directory} (null: this process's) and returns what it printed, up to a cap. */
    static Result run(List<String> command, Map<String, String> environment, Path directory, Duration timeLimit)
            throws NotStarted {
        Process process = start(builder(command, environment, directory).redirectErrorStream(true));
        Output output = Output.collect(process.getInputStream());
        return new Result(await(process, command, timeLimit), text(output, process));
    }

    /**
     * Runs the command with its output appended to {@code log}, and returns its exit code. The child holds no pipe to
     * this process, so it finishes its work even when this process dies first.
     */
    static int toFile(
            List<String> command, Map<String, String> environment, Path directory, Path log, Duration timeLimit)
            throws NotStarted {
        ProcessBuilder builder = builder(command, environment, directory)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return await(start(builder), command, timeLimit);
    }

    private static ProcessBuilder builder(List<String> command, Map<String, String> environment, Path directory) {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        // the child's copy of the environment: the values never enter this JVM's environment
        ChildEnvironment.withoutCredentials(builder.environment());
        builder.environment().putAll(environment);
        return builder;
    }

    private static Process start(ProcessBuilder builder) throws NotStarted {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new NotStarted(e);
        }
    }

    private static int await(Process process, List<String> command, Duration timeLimit) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw StageException.transientFailure(
                        "`" + String.join(" ", command) + "` did not finish within " + timeLimit.toSeconds()
                                + " s; retry in a minute.",
                        null);
            }
            return process.exitValue();
        } catch (IOException e) {
            kill(process);
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new StageException(FailureKind.CANCELLED, "`" + command.get(0) + "` was cancelled.");
        }
    }

    private static String text(Output output, Process process) {
        try {
            return output.text();
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new StageException(FailureKind.CANCELLED, "cancelled");
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Reads the child's output on its own thread, so that a full pipe never blocks the child. */
    private static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread reader;

        private Output(InputStream in) {
            this.reader = new Thread(() -> drain(in), "cli-output");
            reader.setDaemon(true);
        }

        static Output collect(InputStream in) {
            Output output = new Output(in);
            output.reader.start();
            return output;
        }

        private void drain(InputStream in) {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    synchronized (bytes) {
                        bytes.write(buffer, 0, Math.max(0, Math.min(n, MAX_OUTPUT - bytes.size())));
                    }
                }
            } catch (IOException e) {
                // the process was killed or closed its output: what was read is what there is
            }
        }

        /** Waits briefly for the last bytes after the process ended (a grandchild may hold the pipe open). */
        String text() throws InterruptedException {
            reader.join(Duration.ofSeconds(2).toMillis());
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
