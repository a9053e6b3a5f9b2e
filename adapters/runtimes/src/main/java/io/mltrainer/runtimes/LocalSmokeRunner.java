package io.mltrainer.runtimes;

import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.pipeline.ProgressLines;
import io.mltrainer.core.port.out.Sandbox;
import io.mltrainer.core.port.out.SmokeRun;
import io.mltrainer.core.port.out.SmokeRunner;
import io.mltrainer.runtimes.sandbox.Sandboxes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code train.py --smoke} (a few rows, one step) with a local Python that has the script's libraries, in a
 * scratch folder that is deleted afterwards. Without such a Python the run is skipped: the code is then checked
 * statically only, and training says what is missing.
 */
public final class LocalSmokeRunner implements SmokeRunner {
    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(5);
    private static final int STDERR_LINES = 6;

    private final PythonLocator locator;
    private final Duration limit;
    private final Sandbox sandbox;

    public LocalSmokeRunner(PythonLocator locator, Duration limit) {
        this(locator, limit, Sandboxes.thisMachine());
    }

    /** Every smoke run runs in {@code sandbox}. */
    public LocalSmokeRunner(PythonLocator locator, Duration limit, Sandbox sandbox) {
        this.locator = locator;
        this.limit = limit;
        this.sandbox = sandbox;
    }

    @Override
    public SmokeRun run(GeneratedCode code) {
        return run(code, null);
    }

    @Override
    public SmokeRun run(GeneratedCode code, String dataPath) {
        ScriptRequirements needs = ScriptRequirements.of(code);
        Optional<String> python = locator.withModules(needs.modules());
        if (python.isEmpty()) {
            return new SmokeRun.Skipped("no local Python has " + String.join(", ", needs.pipNames(needs.modules())));
        }
        return ScratchRun.inScratch("mltrainer-smoke", scratch -> {
            FileWorkspace.write(scratch, code.files());
            return run(locator.installation(python.get()), code.entrypoint(), scratch, dataPath);
        });
    }

    private SmokeRun run(PythonInstallation python, String entrypoint, Path scratch, String dataPath)
            throws IOException {
        List<String> arguments = new ArrayList<>(List.of(
                entrypoint, "--smoke", "--out", scratch.resolve("output").toString()));
        if (dataPath != null) {
            // What the run will read (a URL's checked copy), not what the script names.
            arguments.addAll(List.of("--data", dataPath));
        }
        long started = System.nanoTime();
        ScratchRun.Ended ended = ScratchRun.run(sandbox, python, arguments, scratch, dataPath, limit);
        if (ended instanceof ScratchRun.Ended.TimedOut) {
            return new SmokeRun.Failed("it took longer than " + limit.toSeconds() + " s");
        }
        if (ended instanceof ScratchRun.Ended.Interrupted) {
            return new SmokeRun.Skipped("interrupted");
        }
        ScratchRun.Ended.Exited exited = (ScratchRun.Ended.Exited) ended;
        if (exited.code() == 0) {
            return new SmokeRun.Passed(
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return new SmokeRun.Failed(problem(exited.stdout(), exited.stderr(), exited.code()));
    }

    /** The script's own error line, and where it happened (the end of its traceback). */
    private static String problem(Path stdout, Path stderr, int exit) throws IOException {
        String error = Files.readAllLines(stdout, StandardCharsets.UTF_8).stream()
                .map(ProgressLines::parse)
                .flatMap(Optional::stream)
                .filter(ProgressLines.ScriptError.class::isInstance)
                .map(line -> ((ProgressLines.ScriptError) line).message())
                .reduce((first, last) -> last)
                .orElse("exit code " + exit);
        List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        String trace = String.join(" | ", lines.subList(Math.max(0, lines.size() - STDERR_LINES), lines.size()))
                .strip();
        return trace.isEmpty() ? error : error + " (" + trace + ")";
    }
}
