package io.mltrainer.runtimes.modal;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.port.out.RunRequest;
import io.mltrainer.core.port.out.RunStatus;
import io.mltrainer.core.port.out.TrainingRuntime;
import io.mltrainer.runtimes.RunOutputs;
import io.mltrainer.runtimes.modal.ModalCli.CallState.Phase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trains on Modal through its CLI ({@code MODAL_CLI}, else {@code modal} on the PATH): the build's
 * {@code modal_app.py} is launched detached ({@code modal run --detach}), so the run goes on whatever happens to
 * this process; its app and call ids are the handle. Polls ask the call's state (a small helper run with the Python
 * that has the {@code modal} package) and read the call's logs ({@code modal app logs}); cancel cancels the call and
 * stops the app; the outputs come from the build's own folder of the {@code mltrainer-outputs} volume
 * ({@code modal volume get}). A handed-over run that still runs, or succeeded, is followed again, never launched a
 * second time. The token goes only into each CLI child's environment.
 */
public final class ModalRuntime implements TrainingRuntime {
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(30);
    private static final Pattern GPU = Pattern.compile("(?m)^GPU = \"([A-Za-z0-9:_-]+)\"$");

    private final ModalCli cli;
    private final ModalRuns runs;
    private final ModalTokens tokens;
    private final Clock clock;
    private final Duration poll;

    ModalRuntime(ModalCli cli, Path home, ModalTokens tokens, Clock clock, Duration poll) {
        this.cli = cli;
        this.runs = new ModalRuns(cli, home, clock);
        this.tokens = tokens;
        this.clock = clock;
        this.poll = poll;
    }

    /**
     * The runtime with the CLI named by {@code MODAL_CLI} (else {@code modal}) and, for the state helper, the
     * Python of {@code MODAL_PYTHON}, else the one the CLI's script starts with, else {@code python3}.
     */
    public static ModalRuntime create(Path home, ModalTokens tokens, Clock clock, Map<String, String> env) {
        String program = env.getOrDefault("MODAL_CLI", "modal");
        String python = Optional.ofNullable(env.get("MODAL_PYTHON"))
                .filter(p -> !p.isBlank())
                .orElseGet(() -> ModalPython.of(program, env.getOrDefault("PATH", "")));
        return new ModalRuntime(
                new ModalCli(program, python, ModalCli.Limits.DEFAULTS), home, tokens, clock, DEFAULT_POLL);
    }

    @Override
    public String name() {
        return ModalRuns.RUNTIME;
    }

    @Override
    public Duration pollInterval() {
        return poll;
    }

    @Override
    public RunHandle submit(RunRequest request) {
        GeneratedCode code = request.code();
        if (code.runtime() != RuntimeKind.MODAL) {
            throw StageException.badInput("This build's code is written for "
                    + code.runtime().id() + ", not Modal: build again with --runtime modal to train there.");
        }
        Map<String, String> env = tokens.environment(request.jobId());
        Optional<ModalRuns.Run> earlier = Optional.ofNullable(request.previous())
                .filter(h -> name().equals(h.runtime()) && h.isRemote())
                .map(ModalRuntime::run)
                .or(() -> runs.unfinished(request.jobId()));
        if (earlier.isPresent()) {
            Phase phase = cli.state(earlier.get().callId(), runs.helper(earlier.get()), env)
                    .phase();
            if (phase != Phase.FAILED && phase != Phase.CANCELLED) {
                return handle(earlier.get(), machine(code));
            }
            runs.finished(earlier.get());
        }
        ModalRuns.Run run = runs.submit(request.jobId(), Path.of(code.directory()), env);
        return handle(run, machine(code));
    }

    @Override
    public RunStatus poll(RunHandle handle, long cursor) {
        ModalRuns.Run run = run(handle);
        ModalRuns.Poll poll = runs.poll(run, tokens.environment(job(handle)));
        List<String> lines = poll.lines();
        return switch (poll.state().phase()) {
            case RUNNING -> RunStatus.running(lines, cursor);
            // A result Modal no longer keeps: the volume tells whether the run left its metrics.
            case SUCCEEDED, EXPIRED -> RunStatus.succeeded(lines, cursor);
            case FAILED, CANCELLED -> {
                runs.finished(run);
                yield RunStatus.failed(kind(poll.state()), error(run, poll.state()), lines, cursor, poll.tail());
            }
        };
    }

    @Override
    public TrainingRun collect(RunHandle handle) {
        ModalRuns.Run run = run(handle);
        runs.collect(run, tokens.environment(job(handle)));
        runs.finished(run);
        return RunOutputs.read(handle, handle.millisSinceLaunch(clock.instant()));
    }

    @Override
    public String cancel(RunHandle handle) {
        ModalRuns.Run run = run(handle);
        List<String> problems = runs.cancel(run, tokens.environment(job(handle)));
        runs.finished(run);
        return problems.isEmpty()
                ? null
                : "Modal did not confirm that the run stopped (" + String.join("; ", problems) + "): stop it at "
                        + run.url() + " or with `modal app stop " + run.appId() + "`.";
    }

    private static RunHandle handle(ModalRuns.Run run, String machine) {
        return RunHandle.remote(
                ModalRuns.RUNTIME,
                run.directory().getFileName().toString(),
                run.output().toString(),
                run.callId(),
                run.appId(),
                run.url(),
                machine,
                run.launchedAt());
    }

    /** The run a handle names: its folder here is the output folder's parent, its volume folder derived alike. */
    private static ModalRuns.Run run(RunHandle handle) {
        Path directory = Path.of(handle.outputDir()).getParent();
        return new ModalRuns.Run(
                handle.appId(),
                handle.remoteId(),
                ModalRuns.VOLUME,
                ModalRuns.folder(job(handle), handle.runId()),
                directory,
                handle.launchedAt());
    }

    /** {@code jobs/<id>/runs/modal-N/output}: the build the run belongs to. */
    private static JobId job(RunHandle handle) {
        return new JobId(Path.of(handle.outputDir())
                .getParent()
                .getParent()
                .getParent()
                .getFileName()
                .toString());
    }

    /** The GPU the launcher asks for (null: CPUs only), from the generated code itself. */
    private static String machine(GeneratedCode code) {
        return code.files().stream()
                .filter(f -> f.path().equals("modal_app.py"))
                .map(GeneratedFile::content)
                .map(GPU::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElse(null);
    }

    private static FailureKind kind(ModalCli.CallState state) {
        String error = state.error() == null ? "" : state.error();
        return error.startsWith("the function reached its timeout") ? FailureKind.TIME_LIMIT : FailureKind.RUN_FAILED;
    }

    private static String error(ModalRuns.Run run, ModalCli.CallState state) {
        String what = state.phase() == Phase.CANCELLED
                ? "the run was stopped outside mltrainer"
                : state.error() == null ? "the run failed on Modal" : state.error();
        return what + " (" + run.url() + ")";
    }
}
