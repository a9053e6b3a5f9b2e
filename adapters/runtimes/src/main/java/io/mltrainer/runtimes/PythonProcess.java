package io.mltrainer.runtimes;

import io.mltrainer.core.port.out.SandboxedRun;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a generated script is described to the sandbox (smoke runs, training, and any other command that runs
 * generated code, such as a prediction): started unbuffered in its own folder by an interpreter that is
 * made visible read-only, with only what a script needs in its environment (no credentials, no {@code
 * MLTRAINER_HOME}), its data read-only, and a per-build cache for archives it extracts.
 */
public final class PythonProcess {
    static final String SANDBOX_TMP = "/tmp";

    /**
     * The only variables of this process that reach a script: numeric-library settings some processors need (older
     * OpenBLAS builds crash or compute wrongly without them) and the tabular search budget. None holds a credential.
     */
    static final List<String> PASSED_THROUGH =
            List.of("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS", "MLTRAINER_SEARCH_BUDGET");

    private PythonProcess() {}

    /**
     * {@code python} runs {@code arguments} in {@code directory} (writable, with {@code cache}), reading {@code data}
     * (a local path; anything else is not made visible), for at most {@code wallClock}.
     */
    public static SandboxedRun run(
            PythonInstallation python,
            List<String> arguments,
            Path directory,
            Path cache,
            String data,
            Duration wallClock,
            Path stdout,
            Path stderr) {
        List<String> command = new ArrayList<>(List.of(python.executable(), "-u"));
        command.addAll(arguments);
        List<Path> inputs = new ArrayList<>(python.folders());
        localPath(data).ifPresent(inputs::add);
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, String> environment = new java.util.HashMap<>();
        PASSED_THROUGH.forEach(
                name -> Optional.ofNullable(System.getenv(name)).ifPresent(v -> environment.put(name, v)));
        environment.putAll(Map.of(
                "PATH",
                binFolder(python) + "/usr/local/bin:/usr/bin:/bin",
                "HOME",
                SANDBOX_TMP,
                "TMPDIR",
                SANDBOX_TMP,
                "LANG",
                "C.UTF-8",
                "PYTHONUNBUFFERED",
                "1",
                "MPLCONFIGDIR",
                SANDBOX_TMP + "/matplotlib",
                "OMP_NUM_THREADS",
                Integer.toString(cores),
                "MLTRAINER_DATA_CACHE",
                cache.toAbsolutePath().toString()));
        return new SandboxedRun(
                command,
                directory,
                List.of(cache),
                inputs,
                environment,
                SandboxedRun.Limits.forWallClock(wallClock, cores),
                stdout,
                stderr);
    }

    /** The data as a path on this machine, when it is one (a URL or a Hub id is not). */
    static Optional<Path> localPath(String data) {
        if (data == null || data.isBlank() || data.contains("://")) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(data).toAbsolutePath().normalize();
            return Files.exists(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String binFolder(PythonInstallation python) {
        Path parent = Path.of(python.executable()).getParent();
        return parent == null ? "" : parent + ":";
    }
}
