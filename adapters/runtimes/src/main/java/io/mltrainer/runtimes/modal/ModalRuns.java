package io.mltrainer.runtimes.modal;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.pipeline.ProgressLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Modal runs of builds, one step at a time: submit (a detached launch), poll (state and new progress), collect (the
 * outputs from the volume), cancel. Each run has a folder {@code jobs/<id>/runs/modal-N/} here (the launch's output,
 * the logs, the downloaded outputs) and {@code builds/<id>/modal-N/output} on the volume, so no two runs of a build,
 * nor two builds, share outputs.
 */
final class ModalRuns {
    static final String RUNTIME = "modal";
    /** The volume modal_app.py writes to; each run has its own folder there. */
    static final String VOLUME = "mltrainer-outputs";

    private static final String HELPER = "modal_call.py";
    private static final String LAUNCH_LOG = "launch.log";
    private static final String FINISHED = "finished";
    private static final int TAIL_LINES = 8;
    /** Log timestamps and our clock may disagree a little; logs are read from a minute before the launch. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    /** A run as mltrainer follows it; {@code directory} is its folder on this machine. */
    record Run(String appId, String callId, String volume, String folder, Path directory, Instant launchedAt) {
        /** Where the outputs are once collected. */
        Path output() {
            return directory.resolve("output");
        }

        /** The app's page, for people. */
        String url() {
            return "https://modal.com/apps/" + appId;
        }
    }

    /** One look at a run: its state, every log line it wrote so far, and its last lines that are not progress. */
    record Poll(ModalCli.CallState state, List<String> lines, List<String> tail) {}

    private final ModalCli cli;
    private final Path jobsRoot;
    private final Clock clock;

    ModalRuns(ModalCli cli, Path home, Clock clock) {
        this.cli = cli;
        this.jobsRoot = home.resolve("jobs");
        this.clock = clock;
    }

    /** Launches the build's {@code modal_app.py} detached; returns once Modal has accepted the run. */
    Run submit(JobId job, Path codeDirectory, Map<String, String> env) {
        Path directory = nextRunDirectory(job);
        String folder = folder(job, directory.getFileName().toString());
        Instant launchedAt = clock.instant();
        ModalCli.Launched ids = cli.launch(codeDirectory, folder, directory.resolve(LAUNCH_LOG), env);
        return new Run(ids.appId(), ids.callId(), volume(ids), folder, directory, launchedAt);
    }

    /**
     * The newest launch of this build that printed its ids and was not followed to its end (this process died during
     * or after the launch); empty when there is none. Adopting it instead of launching again keeps one run per build.
     */
    Optional<Run> unfinished(JobId job) {
        return runDirectories(job)
                .reduce((first, second) -> second)
                .filter(dir -> !Files.exists(dir.resolve(FINISHED)))
                .flatMap(dir -> ModalCli.launched(ModalCli.read(dir.resolve(LAUNCH_LOG)))
                        .map(ids ->
                                new Run(ids.appId(), ids.callId(), volume(ids), ids.folder(), dir, launchTime(dir))));
    }

    /** Records that the run was followed to its end (collected, failed or cancelled): it is never adopted again. */
    void finished(Run run) {
        try {
            Files.writeString(run.directory().resolve(FINISHED), run.callId() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Poll poll(Run run, Map<String, String> env) {
        ModalCli.CallState state = cli.state(run.callId(), helper(run), env);
        Path log = cli.logs(
                run.appId(),
                run.callId(),
                run.launchedAt().minus(CLOCK_SLACK),
                run.directory().resolve("run.log"),
                env);
        List<String> lines = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try (Stream<String> all = Files.lines(log)) {
            all.map(CliText::plain).map(String::strip).forEach(line -> {
                lines.add(line);
                if (!line.isEmpty() && !line.startsWith(ProgressLines.PREFIX)) {
                    other.add(line);
                    if (other.size() > TAIL_LINES) {
                        other.remove(0);
                    }
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw StageException.transientFailure("could not read the run's logs: " + e.getMessage(), e);
        }
        return new Poll(state, List.copyOf(lines), List.copyOf(other));
    }

    /** Downloads the outputs of a finished run; they must hold its metrics. */
    void collect(Run run, Map<String, String> env) {
        cli.download(run.volume(), run.folder(), run.directory(), env);
        if (!Files.exists(run.output().resolve("metrics.json"))) {
            throw new StageException(
                    FailureKind.RUN_FAILED,
                    "the Modal run ended without writing metrics.json to the volume " + run.volume() + " (folder "
                            + run.folder() + "); see " + run.url());
        }
    }

    /** Stops the run; what could not be stopped is returned as the CLI's words (empty: all stopped). */
    List<String> cancel(Run run, Map<String, String> env) {
        return cli.cancel(run.appId(), run.callId(), helper(run), env);
    }

    /** The run's folder on the volume: its own, so no two runs of a build, nor two builds, share outputs. */
    static String folder(JobId job, String runId) {
        return "builds/" + job.value() + "/" + runId + "/output";
    }

    /** The state and cancel helper, written into the run's folder the first time it is needed. */
    Path helper(Run run) {
        Path helper = run.directory().resolve(HELPER);
        if (!Files.exists(helper)) {
            try (InputStream in = ModalRuns.class.getResourceAsStream(HELPER)) {
                Files.createDirectories(run.directory());
                Files.copy(in, helper, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return helper;
    }

    private Path nextRunDirectory(JobId job) {
        Path runs = jobsRoot.resolve(job.value()).resolve("runs");
        int n = 1;
        while (Files.exists(runs.resolve("modal-" + n))) {
            n++;
        }
        try {
            return Files.createDirectories(runs.resolve("modal-" + n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<Path> runDirectories(JobId job) {
        Path runs = jobsRoot.resolve(job.value()).resolve("runs");
        if (!Files.isDirectory(runs)) {
            return Stream.empty();
        }
        try (Stream<Path> all = Files.list(runs)) {
            return all
                    .filter(p -> p.getFileName().toString().matches("modal-\\d+"))
                    .sorted(Comparator.comparingInt(
                            p -> Integer.parseInt(p.getFileName().toString().substring("modal-".length()))))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant launchTime(Path directory) {
        try {
            return Files.getLastModifiedTime(directory).toInstant().minus(CLOCK_SLACK);
        } catch (IOException e) {
            return clock.instant().minus(Duration.ofDays(1));
        }
    }

    private static String volume(ModalCli.Launched ids) {
        return ids.volume().isBlank() ? VOLUME : ids.volume();
    }
}
