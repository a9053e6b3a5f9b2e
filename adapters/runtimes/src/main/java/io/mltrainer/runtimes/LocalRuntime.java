package io.mltrainer.runtimes;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.port.out.RunRequest;
import io.mltrainer.core.port.out.RunStatus;
import io.mltrainer.core.port.out.Sandbox;
import io.mltrainer.core.port.out.SandboxedRun;
import io.mltrainer.core.port.out.TrainingRuntime;
import io.mltrainer.runtimes.sandbox.ProcessTree;
import io.mltrainer.runtimes.sandbox.Sandboxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Runs training scripts as child processes of this machine's Python. A local process is just another run for the
 * monitor: {@link #submit} starts it with its output going to {@code stdout.log} in the run's folder, {@link #poll}
 * reads what it wrote since the last poll and whether it exited, {@link #collect} reads its outputs.
 *
 * <p>After a crash of mltrainer a local run is <b>restarted cleanly</b> when the build resumes: the orphaned process
 * (found by its checkpointed pid and start time, so a reused pid is never touched) is killed with its children, and
 * the run starts again in a new run directory. Remote runtimes find their run again by its remote id instead.
 */
public final class LocalRuntime implements TrainingRuntime {
    /** Modules Debian packages (python3-sklearn, python3-pandas, python3-pil) give; others come from pip. */
    private static final List<String> DEBIAN_MODULES = List.of("sklearn", "pandas", "joblib", "numpy", "PIL");

    private static final int TAIL_LINES = 5;
    private static final Duration KILL_MARGIN = Duration.ofMinutes(1);
    /** Why a run another mltrainer process started has no results. */
    static final String ENDED_WITH_ITS_PROCESS = "the local training run ended with the mltrainer process that started"
            + " it (a replica that stopped or was restarted) before it wrote its results: a local run cannot outlive"
            + " its replica (runs on Kaggle or Modal, --runtime, do)";

    private final FileWorkspace workspace;
    private final PythonLocator locator;
    private final Clock clock;
    private final Duration poll;
    private final Sandbox sandbox;
    /** The processes this mltrainer started, by output folder: only a child's exit code can be read. */
    private final ConcurrentMap<String, Process> children = new ConcurrentHashMap<>();

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
    public Duration pollInterval() {
        return poll;
    }

    @Override
    public RunHandle submit(RunRequest request) {
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
        children.put(output.toString(), process);
        return RunHandle.local(
                name(),
                runId,
                output.toString(),
                process.pid(),
                process.info().startInstant().orElse(null),
                clock.instant());
    }

    @Override
    public RunStatus poll(RunHandle handle, long cursor) {
        Path runDir = Path.of(handle.outputDir()).getParent();
        LogFile stdout = new LogFile(runDir.resolve("stdout.log"));
        Process child = children.get(handle.outputDir());
        Optional<Integer> exit = exitCode(handle, child);
        LogFile.Chunk chunk = stdout.readFrom(cursor, exit.isPresent());
        if (exit.isEmpty()) {
            return new RunStatus.Running(chunk.lines(), chunk.cursor());
        }
        children.remove(handle.outputDir());
        int code = exit.get();
        if (code == 0) {
            return new RunStatus.Succeeded(chunk.lines(), chunk.cursor());
        }
        List<String> tail = new LogFile(runDir.resolve("stderr.log")).tail(TAIL_LINES);
        if (child == null) {
            // Started by another mltrainer process (a replica that died, this one before a restart): the sandbox
            // ends the run with the process that started it, so it stopped before writing its results.
            return new RunStatus.Failed(
                    FailureKind.RUN_FAILED, ENDED_WITH_ITS_PROCESS, chunk.lines(), tail, chunk.cursor());
        }
        boolean killed = code > 128 || code < 0;
        // Killed by a signal (out of memory, an operator): the code may well succeed on another try.
        return new RunStatus.Failed(
                killed ? FailureKind.TRANSIENT : FailureKind.RUN_FAILED,
                killed ? "the training process was killed (exit " + code + ")" : "exit code " + code,
                chunk.lines(),
                tail,
                chunk.cursor());
    }

    /**
     * A child's exit code; a process this mltrainer did not start (it was restarted) has none to read: it ended
     * well if it left its metrics.
     */
    private static Optional<Integer> exitCode(RunHandle handle, Process child) {
        if (child != null) {
            return child.isAlive() ? Optional.empty() : Optional.of(child.exitValue());
        }
        if (sameProcess(handle).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Files.exists(Path.of(handle.outputDir(), "metrics.json")) ? 0 : 1);
    }

    @Override
    public TrainingRun collect(RunHandle handle) {
        return RunOutputs.read(handle, handle.millisSinceLaunch(clock.instant()));
    }

    @Override
    public String cancel(RunHandle handle) {
        Process child = children.remove(handle.outputDir());
        if (child != null) {
            kill(child.toHandle());
        } else {
            stopLeftover(handle);
        }
        return null;
    }

    private Process start(String python, RunRequest request, Path runDir, Path output) {
        List<String> arguments = new ArrayList<>(List.of(request.code().entrypoint(), "--out", output.toString()));
        if (request.dataPath() != null) {
            arguments.add("--data");
            arguments.add(request.dataPath());
        }
        // The monitor stops the run at its limit; the sandbox's deadline is the backstop should this process die.
        Duration deadline =
                Duration.ofSeconds(Math.max(1, request.timeLimitSeconds())).plus(KILL_MARGIN);
        // Output goes to files, not pipes: nothing has to read it while it runs, and it outlives this process.
        SandboxedRun run = PythonProcess.run(
                locator.installation(python),
                arguments,
                runDir,
                workspace.jobDirectory(request.jobId()).resolve("data-cache"),
                request.dataPath(),
                deadline,
                runDir.resolve("stdout.log"),
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

    /** Kills the script and everything it started: politely first, then forcibly. */
    static void kill(ProcessHandle process) {
        ProcessTree.kill(process);
    }

    /** Kills the process a crashed mltrainer left running, if it still runs and is the same process. */
    static void stopLeftover(RunHandle previous) {
        sameProcess(previous).ifPresent(LocalRuntime::kill);
    }

    /** The run's process, if it still runs and is the same process (pids are reused). */
    private static Optional<ProcessHandle> sameProcess(RunHandle handle) {
        if (handle == null || handle.pid() == null) {
            return Optional.empty();
        }
        return ProcessHandle.of(handle.pid())
                .filter(ProcessHandle::isAlive)
                .filter(h -> handle.processStart() == null
                        || h.info()
                                .startInstant()
                                .map(handle.processStart()::equals)
                                .orElse(false));
    }

    private static String nextRunId(Path runs) {
        int n = 1;
        while (Files.exists(runs.resolve("run-" + n))) {
            n++;
        }
        return "run-" + n;
    }
}
