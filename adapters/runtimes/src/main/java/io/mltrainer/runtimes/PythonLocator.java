package io.mltrainer.runtimes;

import io.mltrainer.core.agents.codegen.PythonPackage;
import io.mltrainer.core.domain.StageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Finds a Python interpreter that has the modules a script needs: {@code MLTRAINER_PYTHON}, else {@code python3} on
 * the PATH, else {@code /usr/bin/python3} (Debian's, which sees Debian's packages when a pyenv python3 does not).
 */
public final class PythonLocator {
    public static final String INSTALL_HINT =
            "apt-get install python3-sklearn python3-pandas python3-pil (Debian/Ubuntu), or"
                    + " pip install scikit-learn pandas joblib pillow; or set MLTRAINER_PYTHON to an interpreter that has them";

    private final List<String> candidates;
    private final Map<String, Probe> probes = new ConcurrentHashMap<>();
    private final Map<String, PythonInstallation> installations = new ConcurrentHashMap<>();

    public PythonLocator(String configured) {
        LinkedHashSet<String> list = new LinkedHashSet<>();
        if (configured != null && !configured.isBlank()) {
            list.add(configured.trim());
        }
        list.add("python3");
        list.add("/usr/bin/python3");
        this.candidates = List.copyOf(list);
    }

    /** The first interpreter that has every module, or a missing-dependency failure that says what is missing. */
    public String require(List<String> modules) {
        return require(modules, INSTALL_HINT);
    }

    /** As {@link #require(List)}, with the way to install the modules that fits the code at hand. */
    public String require(List<String> modules, String installHint) {
        return withModules(modules).orElseThrow(() -> {
            List<String> tried = candidates.stream()
                    .map(python -> {
                        Probe probe = probe(python, modules);
                        return python
                                + (probe.runs()
                                        ? " (missing " + String.join(", ", probe.missing()) + ")"
                                        : " (not found)");
                    })
                    .toList();
            List<String> names =
                    modules.stream().map(PythonLocator::packageName).toList();
            return StageException.missingDependency("No Python with " + String.join(", ", names) + " found; tried "
                    + String.join(", ", tried) + ". Install them: " + installHint + ".");
        });
    }

    /** The first interpreter that has every module, if there is one. */
    public Optional<String> withModules(List<String> modules) {
        return candidates.stream()
                .filter(p ->
                        probe(p, modules).runs() && probe(p, modules).missing().isEmpty())
                .findFirst();
    }

    /** Any interpreter that runs, preferring one with the modules. */
    public Optional<String> find(List<String> modules) {
        return withModules(modules)
                .or(() -> candidates.stream()
                        .filter(p -> probe(p, modules).runs())
                        .findFirst());
    }

    /** Where {@code python} lives, to make it visible in a sandbox (asked once). */
    public PythonInstallation installation(String python) {
        return installations.computeIfAbsent(python, PythonInstallation::of);
    }

    private Probe probe(String python, List<String> modules) {
        return probes.computeIfAbsent(python + " " + String.join(",", modules), k -> runProbe(python, modules));
    }

    private static Probe runProbe(String python, List<String> modules) {
        List<String> command = new ArrayList<>(List.of(
                python,
                "-c",
                "import importlib.util,sys; print(','.join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is"
                        + " None))"));
        command.addAll(modules);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return new Probe(false, modules);
            }
            List<String> missing = out.isEmpty()
                    ? List.of()
                    : List.of(out.lines().reduce((a, b) -> b).orElse("").split(","));
            return new Probe(
                    true, missing.stream().map(PythonLocator::packageName).toList());
        } catch (IOException e) {
            return new Probe(false, modules);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, modules);
        }
    }

    /** Import names differ from package names for some modules (sklearn is scikit-learn, PIL is pillow). */
    static String packageName(String module) {
        return Arrays.stream(PythonPackage.values())
                .filter(p -> p.module().equals(module))
                .map(PythonPackage::pipName)
                .findFirst()
                .orElse(module);
    }

    private record Probe(boolean runs, List<String> missing) {}
}
