package io.mltrainer.runtimes.modal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Modal operations a run needs, each one CLI call: launch detached ({@code modal run --detach}), the call's state
 * and its cancellation (a small helper run with the Python that has the {@code modal} package), the app's logs
 * ({@code modal app logs}), stopping the app ({@code modal app stop}) and fetching outputs ({@code modal volume
 * get}). Credentials travel in each child's environment only.
 */
final class ModalCli {
    static final String IDS_PREFIX = "MLTRAINER_MODAL ";
    static final String STATE_PREFIX = "MLTRAINER_MODAL_STATE ";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** ISO 8601 with an explicit offset, which every Python 3 reads ({@code Z} needs 3.11). */
    private static final DateTimeFormatter SINCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

    private static final Pattern UNREACHABLE = Pattern.compile("(?i)could not connect|connection (refused|reset|error)"
            + "|timed out|temporarily unavailable|name or service not known|network is unreachable|deadline exceeded");
    private static final Pattern AUTH = Pattern.compile(
            "(?i)token missing|could not authenticate|invalid token|token validation failed|unauthenticated");

    /** The ids a detached launch printed. */
    record Launched(String appId, String callId, String volume, String folder) {}

    /** Where a function call stands; {@code error} is set for a failed one. */
    record CallState(Phase phase, String error) {
        enum Phase {
            RUNNING,
            SUCCEEDED,
            FAILED,
            CANCELLED,
            /** Finished so long ago that Modal no longer keeps the result: the volume tells. */
            EXPIRED;

            boolean finished() {
                return this != RUNNING;
            }
        }
    }

    /** How long each kind of call may take: a launch builds the image first. */
    record Limits(Duration launch, Duration query, Duration download) {
        static final Limits DEFAULTS =
                new Limits(Duration.ofMinutes(30), Duration.ofMinutes(2), Duration.ofMinutes(30));
    }

    private final String cli;
    private final String python;
    private final Limits limits;

    /**
     * @param cli the {@code modal} executable
     * @param python a Python interpreter that can import {@code modal}
     */
    ModalCli(String cli, String python, Limits limits) {
        this.cli = cli;
        this.python = python;
        this.limits = limits;
    }

    /**
     * Launches {@code modal_app.py} of {@code codeDirectory} detached, its output appended to {@code log} (which
     * outlives this process, should it die during the launch), and returns the ids it printed.
     */
    Launched launch(Path codeDirectory, String folder, Path log, Map<String, String> env) {
        List<String> command = List.of(cli, "run", "--detach", "modal_app.py", "--no-wait", "--run-folder", folder);
        int exit = toFile(command, env, codeDirectory, log, limits.launch());
        String output = read(log);
        if (exit != 0) {
            throw failure("Modal did not start the run", output, env);
        }
        return launched(output)
                .orElseThrow(() -> new StageException(
                        FailureKind.INTERNAL,
                        "`modal run` ended without printing the run's ids (" + IDS_PREFIX.strip()
                                + " line): regenerate the code of this build. It said: "
                                + CliText.summary(output, secrets(env))));
    }

    /** The ids in a launch's output, if it got that far. */
    static Optional<Launched> launched(String output) {
        return CliText.plain(output)
                .lines()
                .map(String::strip)
                .filter(l -> l.startsWith(IDS_PREFIX))
                .reduce((first, second) -> second)
                .map(l -> json(l.substring(IDS_PREFIX.length())))
                .filter(n -> n.path("call_id").asText().startsWith("fc-"))
                .map(n -> new Launched(
                        n.path("app_id").asText(),
                        n.path("call_id").asText(),
                        n.path("volume").asText(),
                        n.path("folder").asText()));
    }

    CallState state(String callId, Path helper, Map<String, String> env) {
        CliRun.Result result = run(List.of(python, helper.toString(), "state", callId), env, limits.query());
        JsonNode state = CliText.plain(result.output())
                .lines()
                .map(String::strip)
                .filter(l -> l.startsWith(STATE_PREFIX))
                .findFirst()
                .map(l -> json(l.substring(STATE_PREFIX.length())))
                .orElseThrow(() -> failure("Could not ask Modal how the run is doing", result.output(), env));
        CallState.Phase phase = switch (state.path("state").asText()) {
            case "running" -> CallState.Phase.RUNNING;
            case "succeeded" -> CallState.Phase.SUCCEEDED;
            case "cancelled" -> CallState.Phase.CANCELLED;
            case "expired" -> CallState.Phase.EXPIRED;
            default -> CallState.Phase.FAILED;
        };
        return new CallState(phase, state.path("error").asText(null));
    }

    /** Every log line of the call since {@code since}, written to {@code into} (replaced). */
    Path logs(String appId, String callId, Instant since, Path into, Map<String, String> env) {
        try {
            Files.deleteIfExists(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command =
                List.of(cli, "app", "logs", appId, "--since", SINCE.format(since), "--function-call", callId);
        if (toFile(command, env, null, into, limits.query()) != 0) {
            throw failure("Could not read the run's logs from Modal", read(into), env);
        }
        return into;
    }

    /** Cancels the call and stops the app, best effort each: a run that already ended needs neither. */
    List<String> cancel(String appId, String callId, Path helper, Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        CliRun.Result call = run(List.of(python, helper.toString(), "cancel", callId), env, limits.query());
        if (call.exitCode() != 0) {
            problems.add(CliText.summary(call.output(), secrets(env)));
        }
        CliRun.Result app = run(List.of(cli, "app", "stop", "--yes", appId), env, limits.query());
        if (app.exitCode() != 0 && !app.output().contains("already stopped")) {
            problems.add(CliText.summary(app.output(), secrets(env)));
        }
        return problems;
    }

    /** Downloads {@code folder} of {@code volume} into {@code into}, where it lands as {@code into/<last segment>}. */
    void download(String volume, String folder, Path into, Map<String, String> env) {
        try {
            Files.createDirectories(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(cli, "volume", "get", "--force", volume, "/" + folder, into.toString());
        CliRun.Result result = run(command, env, limits.download());
        if (result.exitCode() != 0) {
            throw failure("Could not fetch the run's outputs from the Modal volume " + volume, result.output(), env);
        }
    }

    private CliRun.Result run(List<String> command, Map<String, String> env, Duration limit) {
        try {
            return CliRun.run(command, env, limit);
        } catch (CliRun.NotStarted e) {
            throw notInstalled(command.get(0), e);
        }
    }

    private static int toFile(List<String> command, Map<String, String> env, Path dir, Path log, Duration limit) {
        try {
            return CliRun.toFile(command, env, dir, log, limit);
        } catch (CliRun.NotStarted e) {
            throw notInstalled(command.get(0), e);
        }
    }

    private static StageException notInstalled(String program, CliRun.NotStarted e) {
        return StageException.missingDependency("The Modal client is not installed: pip install modal (and make sure `"
                + program + "` can be run, or point MODAL_CLI at it). Running it failed with: " + e.getMessage());
    }

    /** A failed call, classified: Modal unreachable is worth retrying, a refused token is the user's to fix. */
    private static StageException failure(String what, String output, Map<String, String> env) {
        String said = CliText.summary(output, secrets(env));
        if (UNREACHABLE.matcher(said).find()) {
            return StageException.transientFailure(what + ": Modal could not be reached (" + said + ").", null);
        }
        if (AUTH.matcher(said).find()) {
            return StageException.badInput(what + ": Modal refused the token (" + said + "). Give a valid Modal"
                    + " token (id ak-…, secret as-…) privately, or set MODAL_TOKEN_ID and MODAL_TOKEN_SECRET.");
        }
        return new StageException(FailureKind.RUN_FAILED, what + ": " + said);
    }

    private static String[] secrets(Map<String, String> env) {
        return env.values().stream().filter(v -> !v.isBlank()).toArray(String[]::new);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    static String read(Path file) {
        if (!Files.exists(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
