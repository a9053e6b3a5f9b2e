package io.mltrainer.runtimes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.pipeline.StageException;
import io.mltrainer.core.port.CancellationToken;
import io.mltrainer.core.port.RunListener;
import io.mltrainer.core.port.RunRequest;
import io.mltrainer.core.port.Sandbox;
import io.mltrainer.core.port.SandboxedRun;
import io.mltrainer.core.port.TrainingRuntime;
import io.mltrainer.runtimes.sandbox.ProcessTree;
import io.mltrainer.runtimes.sandbox.Sandboxes;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs training scripts as child processes of this machine's Python, following their progress lines.
 *
 * <p>After a crash of mltrainer a local run is <b>restarted cleanly</b>, not re-attached: the orphaned process (found
 * by its checkpointed pid and start time, so a reused pid is never touched) is killed with its children, and the
 * run starts again in a new run directory. A child's output pipe dies with its parent, so re-attaching could not
 * follow its progress anyway; remote runtimes re-attach by run id instead.
 */
public final class LocalRuntime implements TrainingRuntime {
    /** Modules Debian packages (python3-sklearn, python3-pandas, python3-pil) give; others come from pip. */
    private static final List<String> DEBIAN_MODULES = List.of("sklearn", "pandas", "joblib", "numpy", "PIL");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration KILL_MARGIN = Duration.ofMinutes(1);

    private final FileWorkspace workspace;
    private final PythonLocator locator;
    private final Clock clock;
    private final Duration poll;
    private final Sandbox sandbox;

    public LocalRuntime(FileWorkspace workspace, PythonLocator locator, Clock clock) {
        this(workspace, locator, clock, Sandboxes.thisMachine());
    }

    /** Every script runs in {@code sandbox}. */
    public LocalRuntime(FileWorkspace workspace, PythonLocator locator, Clock clock, Sandbox sandbox) {
        this(workspace, locator, clock, Duration.ofMillis(200), sandbox);
    }

    LocalRuntime(FileWorkspace workspace, PythonLocator locator, Clock clock, Duration poll, Sandbox sandbox) {
        this.workspace = workspace;
        this.locator = locator;
        this.clock = clock;
        this.poll = poll;
        this.sandbox = sandbox;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public TrainingRun run(RunRequest request, RunListener listener, CancellationToken cancellation) {
        refuseForeign(request.code());
        ScriptRequirements needs = ScriptRequirements.of(request.code());
        String python = locator.require(needs.modules(), installHint(request.code(), needs));
        stopLeftover(request.previous());
        Path runs = workspace.jobDirectory(request.jobId()).resolve("runs");
        String runId = nextRunId(runs);
        Path runDir = runs.resolve(runId);
        Path output = runDir.resolve("output");
        FileWorkspace.write(runDir, request.code().files());
        Process process = start(python, request, runDir, output);
        listener.started(new RunHandle(
                name(),
                runId,
                output.toString(),
                process.pid(),
                process.info().startInstant().orElse(null)));
        AtomicReference<String> scriptError = new AtomicReference<>();
        Thread reader = followOutput(process, runDir.resolve("stdout.log"), listener, scriptError);
        Instant started = clock.instant();
        int exit = await(process, started, request.timeLimitSeconds(), cancellation);
        join(reader);
        if (exit != 0) {
            throw failure(exit, scriptError.get(), runDir.resolve("stderr.log"));
        }
        return result(runId, output, Duration.between(started, clock.instant()).toMillis());
    }

    private Process start(String python, RunRequest request, Path runDir, Path output) {
        List<String> arguments = new ArrayList<>(List.of(request.code().entrypoint(), "--out", output.toString()));
        if (request.dataPath() != null) {
            arguments.add("--data");
            arguments.add(request.dataPath());
        }
        // The script's own limit is checked below; the sandbox's deadline is the backstop should this thread die.
        Duration deadline =
                Duration.ofSeconds(Math.max(1, request.timeLimitSeconds())).plus(KILL_MARGIN);
        SandboxedRun run = PythonProcess.run(
                locator.installation(python),
                arguments,
                runDir,
                workspace.jobDirectory(request.jobId()).resolve("data-cache"),
                request.dataPath(),
                deadline,
                null,
                runDir.resolve("stderr.log"));
        try {
            return sandbox.start(run);
        } catch (IOException e) {
            throw StageException.missingDependency("Could not start " + python + ": " + e.getMessage());
        }
    }

    /** Code written for Kaggle or Modal reads its data and writes its outputs where those runtimes put them. */
    private static void refuseForeign(GeneratedCode code) {
        if (code.runtime() != RuntimeKind.LOCAL) {
            String runtime = code.runtime().id();
            throw StageException.badInput("This build's code is written for " + runtime + " (--runtime " + runtime
                    + "), not for this machine: run " + code.directory() + "/"
                    + (code.runtime() == RuntimeKind.MODAL
                            ? "modal_app.py with `modal run`"
                            : "train.py as a Kaggle notebook")
                    + ", or build again with --runtime local to train here.");
        }
    }

    /** Debian's packages where they suffice, else pip with the script's own requirements file. */
    private static String installHint(GeneratedCode code, ScriptRequirements needs) {
        if (DEBIAN_MODULES.containsAll(needs.modules())) {
            return PythonLocator.INSTALL_HINT;
        }
        return "pip install -r " + Path.of(code.directory()).resolve("requirements.txt") + " ("
                + String.join(", ", needs.pipNames(needs.modules()))
                + "), or set MLTRAINER_PYTHON to an interpreter that has them; or build for a GPU runtime"
                + " (--runtime kaggle or modal) and train there";
    }

    private static Thread followOutput(
            Process process, Path log, RunListener listener, AtomicReference<String> scriptError) {
        Thread thread = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                            BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                        for (String line; (line = in.readLine()) != null; ) {
                            out.write(line);
                            out.newLine();
                            out.flush();
                            ProgressLines.parse(line).ifPresent(parsed -> {
                                if (parsed instanceof ProgressLines.Progress p) {
                                    listener.progress(p.event());
                                } else if (parsed instanceof ProgressLines.ScriptError e) {
                                    scriptError.set(e.message());
                                }
                            });
                        }
                    } catch (IOException e) {
                        // the process died or was killed; its exit code tells the rest
                    }
                },
                "mltrainer-run-output-" + process.pid());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private int await(Process process, Instant started, long limitSeconds, CancellationToken cancellation) {
        while (true) {
            try {
                if (process.waitFor(poll.toMillis(), TimeUnit.MILLISECONDS)) {
                    return process.exitValue();
                }
            } catch (InterruptedException e) {
                // A cancel wakes this thread; the token says whether it was one.
                Thread.interrupted();
            }
            if (cancellation.isCancelled()) {
                kill(process.toHandle());
                throw new StageException(FailureKind.CANCELLED, "cancelled during training");
            }
            if (Duration.between(started, clock.instant()).toSeconds() >= limitSeconds) {
                kill(process.toHandle());
                throw new StageException(
                        FailureKind.TIME_LIMIT,
                        "training took longer than its limit of " + limitSeconds + " s and was stopped");
            }
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the script and everything it started: politely first, then forcibly. */
    static void kill(ProcessHandle process) {
        ProcessTree.kill(process);
    }

    /** Kills the process a crashed mltrainer left running, if it still runs and is the same process. */
    static void stopLeftover(RunHandle previous) {
        if (previous == null || previous.pid() == null) {
            return;
        }
        ProcessHandle.of(previous.pid())
                .filter(ProcessHandle::isAlive)
                .filter(h -> previous.processStart() == null
                        || h.info()
                                .startInstant()
                                .map(previous.processStart()::equals)
                                .orElse(false))
                .ifPresent(LocalRuntime::kill);
    }

    private static String nextRunId(Path runs) {
        int n = 1;
        while (Files.exists(runs.resolve("run-" + n))) {
            n++;
        }
        return "run-" + n;
    }

    private static StageException failure(int exit, String scriptError, Path stderr) {
        String tail = tail(stderr, 5);
        if (exit > 128 || exit < 0) {
            // Killed by a signal (out of memory, an operator): the code may well succeed on another try.
            return StageException.transientFailure(
                    "the training process was killed (exit " + exit + ")" + (tail.isEmpty() ? "" : ": " + tail), null);
        }
        String reason = scriptError != null ? scriptError : tail.isEmpty() ? "exit code " + exit : tail;
        return new StageException(FailureKind.RUN_FAILED, "the training script failed: " + reason);
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            return String.join(" | ", all.subList(Math.max(0, all.size() - lines), all.size()))
                    .strip();
        } catch (IOException e) {
            return "";
        }
    }

    private TrainingRun result(String runId, Path output, long millis) {
        JsonNode metrics = readJson(output.resolve("metrics.json"))
                .orElseThrow(() -> new StageException(
                        FailureKind.RUN_FAILED, "the training script ended without writing metrics.json"));
        JsonNode info = readJson(output.resolve("model_info.json")).orElse(JSON.createObjectNode());
        List<String> labels = new ArrayList<>();
        info.path("labels").forEach(l -> labels.add(l.asText()));
        return new TrainingRun(
                name(),
                runId,
                output.toString(),
                ProgressLines.numbers(metrics),
                info.hasNonNull("best_model") ? info.get("best_model").asText() : null,
                ProgressLines.numbers(info.path("cv_scores")),
                labels,
                millis);
    }

    private static Optional<JsonNode> readJson(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
