package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.RunRequest;
import io.mltrainer.core.port.out.RunStatus;
import io.mltrainer.core.port.out.SecretVault;
import io.mltrainer.core.port.out.TrainingRuntime;
import io.mltrainer.runtimes.FileWorkspace;
import io.mltrainer.runtimes.RunOutputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * Trains on Kaggle: the build's script is pushed as a private script kernel ({@code <user>/mltrainer-<build id>},
 * GPU per plan, an explicit T4 machine shape, internet on), local data first staged as a private Kaggle dataset
 * attached to it. The session is followed by its status and its log; when it completes, the files it wrote are
 * downloaded into the build's run folder. Pushing is idempotent per build: a handle from an earlier attempt is
 * followed again, never pushed a second time.
 *
 * <p>The public API exposes no session id, so a cancel only stops following: the user is told where to stop the
 * notebook.
 */
public final class KaggleRuntime implements TrainingRuntime {
    /** Kaggle's T4: the default P100 has no kernels in current images (sm_60). */
    static final String DEFAULT_MACHINE = "NvidiaTeslaT4";

    private static final int LAST_LINES = 10;
    /** A notebook's slug is this and the build's id. */
    private static final String SLUG_PREFIX = "mltrainer-";

    private final KaggleKernels kernels;
    private final KaggleDataStaging staging;
    private final KaggleRpc rpc;
    private final KaggleCredentials credentials;
    private final FileWorkspace workspace;
    private final Clock clock;
    private final Duration pollInterval;
    /** The credentials each run of this process was pushed with, by notebook ref. */
    private final java.util.concurrent.ConcurrentMap<String, KaggleAuth> following =
            new java.util.concurrent.ConcurrentHashMap<>();

    KaggleRuntime(
            KaggleRpc rpc,
            KaggleDataStaging staging,
            KaggleCredentials credentials,
            FileWorkspace workspace,
            Clock clock,
            Duration pollInterval) {
        this.rpc = rpc;
        this.kernels = new KaggleKernels(rpc);
        this.staging = staging;
        this.credentials = credentials;
        this.workspace = workspace;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    /**
     * @param baseUrl {@code KAGGLE_API_URL}; null for Kaggle itself
     * @param vault where a build's credential references are revealed
     * @param builds where the credentials of a build whose run another process pushed are found
     * @param token, username, key the environment's credentials for builds that gave none; may be null
     * @param pollInterval how often a session is asked about (Kaggle rate-limits: 30 s is kind)
     */
    public static KaggleRuntime create(
            String baseUrl,
            SecretVault vault,
            JobRepository builds,
            String token,
            String username,
            String key,
            FileWorkspace workspace,
            Clock clock,
            Duration pollInterval) {
        OkHttpClient http =
                new OkHttpClient.Builder().callTimeout(Duration.ofMinutes(10)).build();
        KaggleRpc rpc = new KaggleRpc(baseUrl, http);
        Duration check = pollInterval.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : pollInterval;
        return new KaggleRuntime(
                rpc,
                new KaggleDataStaging(rpc, 120, check),
                new KaggleCredentials(vault, KaggleAuth.of(token, username, key).orElse(null), builds),
                workspace,
                clock,
                pollInterval);
    }

    @Override
    public String name() {
        return RuntimeKind.KAGGLE.id();
    }

    @Override
    public Duration pollInterval() {
        return pollInterval;
    }

    @Override
    public RunHandle submit(RunRequest request) {
        RunHandle previous = request.previous();
        if (previous != null && name().equals(previous.runtime()) && previous.remoteId() != null) {
            credentials
                    .of(request.owner(), request.credentials())
                    .ifPresent(a -> following.put(previous.remoteId(), a));
            return previous; // pushed before this process stopped: follow it, never push twice
        }
        GeneratedCode code = request.code();
        if (code.runtime() != RuntimeKind.KAGGLE) {
            throw StageException.badInput("This build's code is written for "
                    + code.runtime().id() + ", not for Kaggle: build again with --runtime kaggle.");
        }
        KaggleAuth auth = auth(request);
        String user = user(auth);
        String slug = SLUG_PREFIX + request.jobId().value();
        List<String> datasets = datasets(request, auth, user, slug);
        String machine = DEFAULT_MACHINE;
        KaggleKernels.Pushed pushed = kernels.save(
                auth,
                new KaggleKernels.Push(
                        user + "/" + slug,
                        "mltrainer " + request.jobId().value(),
                        script(code),
                        request.wantsGpu(),
                        machine,
                        true,
                        datasets));
        following.put(pushed.ref(), auth);
        Path output = workspace
                .jobDirectory(request.jobId())
                .resolve("runs")
                .resolve(slug)
                .resolve("output");
        return RunHandle.remote(
                name(),
                slug,
                output.toString(),
                pushed.ref(),
                null,
                pushed.url(),
                request.wantsGpu() ? machine : null,
                clock.instant());
    }

    @Override
    public RunStatus poll(RunHandle handle, long cursor) {
        KaggleAuth auth = authFor(handle);
        String[] ref = ref(handle);
        KaggleKernels.Session session = kernels.status(auth, ref[0], ref[1]);
        boolean ended = session.complete() || session.failed();
        List<String> lines = log(auth, ref, ended);
        if (session.complete()) {
            return RunStatus.succeeded(lines, cursor);
        }
        if (session.failed()) {
            boolean cancelled = session.status().startsWith("cancel");
            String error = session.failureMessage() != null
                    ? session.failureMessage()
                    : cancelled ? "the notebook was stopped on Kaggle" : "the notebook failed on Kaggle";
            return RunStatus.failed(
                    cancelled ? FailureKind.TRANSIENT : FailureKind.RUN_FAILED,
                    error + " (" + handle.url() + ")",
                    lines,
                    cursor,
                    lines.subList(Math.max(0, lines.size() - LAST_LINES), lines.size()));
        }
        return RunStatus.running(lines, cursor);
    }

    /** While the session runs its log may not be readable yet: that is no reason to stop following it. */
    private List<String> log(KaggleAuth auth, String[] ref, boolean ended) {
        try {
            return KaggleLog.lines(kernels.output(auth, ref[0], ref[1]).log(), ended);
        } catch (StageException e) {
            if (ended || e.kind() == FailureKind.AUTHENTICATION) {
                throw e;
            }
            return List.of();
        }
    }

    @Override
    public TrainingRun collect(RunHandle handle) {
        KaggleAuth auth = authFor(handle);
        String[] ref = ref(handle);
        Path output = Path.of(handle.outputDir());
        Path runDir = output.getParent();
        for (KaggleKernels.OutputFile file :
                kernels.output(auth, ref[0], ref[1]).files()) {
            target(runDir, file.name()).ifPresent(target -> rpc.download(file.url(), target));
        }
        long millis = handle.millisSinceLaunch(clock.instant());
        RunHandle ended = handle.machine() == null ? handle : handle.withGpuSeconds(millis / 1000);
        return RunOutputs.read(ended, millis);
    }

    @Override
    public String cancel(RunHandle handle) {
        return "Kaggle's API cannot stop a running notebook: stop " + handle.remoteId() + " at " + handle.url()
                + " (Stop session) so that it uses no more of your GPU quota.";
    }

    /**
     * Where an output file goes: the script writes to {@code /kaggle/working/output}, which lands in the run's
     * {@code output} folder; other files next to it. Names that would leave the run folder are skipped.
     */
    private static java.util.Optional<Path> target(Path runDir, String name) {
        Path target = runDir.resolve(name.replace('\\', '/')).normalize();
        return target.startsWith(runDir) && !target.equals(runDir)
                ? java.util.Optional.of(target)
                : java.util.Optional.empty();
    }

    /**
     * Local data is staged as a private dataset of the user (only now that the run has its go-ahead); a Kaggle
     * dataset is attached as it is; Hub datasets and URLs are read by the script itself.
     */
    private List<String> datasets(RunRequest request, KaggleAuth auth, String user, String slug) {
        List<String> sources = new ArrayList<>();
        DatasetSourceKind kind =
                request.dataSource() == null ? null : request.dataSource().kind();
        if (kind == DatasetSourceKind.KAGGLE) {
            sources.add(request.dataSource().location());
        } else if (request.dataPath() != null && Files.isRegularFile(Path.of(request.dataPath()))) {
            sources.add(staging.stage(
                    auth,
                    user,
                    slug + "-data",
                    "mltrainer " + request.jobId().value() + " data",
                    Path.of(request.dataPath())));
        } else if (request.dataPath() != null && Files.isDirectory(Path.of(request.dataPath()))) {
            throw StageException.badInput(
                    "To train on Kaggle, " + Path.of(request.dataPath()).getFileName()
                            + " must be one file: zip the folder and give the zip, or put the data on Kaggle and name it.");
        }
        return sources;
    }

    private KaggleAuth auth(RunRequest request) {
        return credentials
                .of(request.owner(), request.credentials())
                .orElseThrow(() -> new StageException(
                        FailureKind.AUTHENTICATION,
                        "Training on Kaggle needs your Kaggle credentials: an API token (KAGGLE_API_TOKEN, from"
                                + " https://www.kaggle.com/settings, API, Generate New Token; or give it to me in a"
                                + " private message), or the username and key of ~/.kaggle/kaggle.json"
                                + " (KAGGLE_USERNAME and KAGGLE_KEY)."));
    }

    /**
     * The credentials to follow a run with: those it was pushed with by this process (a handle keeps no credential),
     * else those its build was given (a run another replica pushed, or this process before a restart), else the
     * environment's, which serve every command-line build.
     */
    private KaggleAuth authFor(RunHandle handle) {
        KaggleAuth pushedWith = following.get(handle.remoteId());
        if (pushedWith != null) {
            return pushedWith;
        }
        return credentials
                .ofBuild(build(handle))
                .orElseThrow(() -> new StageException(
                        FailureKind.AUTHENTICATION,
                        "Following a Kaggle run needs the Kaggle credentials its build was given, or"
                                + " KAGGLE_API_TOKEN (or KAGGLE_USERNAME and KAGGLE_KEY)."));
    }

    /** The build a notebook was pushed for ({@code mltrainer-<build id>}); null for another name. */
    private static JobId build(RunHandle handle) {
        String slug = handle.runId();
        return slug.startsWith(SLUG_PREFIX) ? new JobId(slug.substring(SLUG_PREFIX.length())) : null;
    }

    private String user(KaggleAuth auth) {
        JsonNode hello = rpc.call(auth, "api.v1.DiagnosticsService", "Hello", rpc.body(), "checking your credentials");
        String name = hello.path("userName").asText("");
        if (!name.isBlank()) {
            return name.toLowerCase(Locale.ROOT);
        }
        if (auth.username() != null) {
            return auth.username().toLowerCase(Locale.ROOT);
        }
        throw StageException.badInput("Kaggle did not say whose API token this is; give the username and key of"
                + " kaggle.json instead (KAGGLE_USERNAME and KAGGLE_KEY).");
    }

    private static String[] ref(RunHandle handle) {
        String[] parts = handle.remoteId().split("/", 2);
        if (parts.length != 2) {
            throw StageException.badInput("not a Kaggle notebook: " + handle.remoteId());
        }
        return parts;
    }

    /** The script a Kaggle kernel runs: the build's train.py (a kernel is one file). */
    private static String script(GeneratedCode code) {
        return code.file(code.entrypoint())
                .map(f -> f.content())
                .orElseThrow(() -> new IllegalStateException("no " + code.entrypoint() + " in " + code.directory()));
    }
}
