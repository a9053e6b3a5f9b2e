package io.mltrainer.runtimes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What of the file system an interpreter needs in a sandbox: its executable (as it calls itself, so that a virtual
 * environment stays one) and the folders of its prefixes and module path, to be made visible read-only.
 */
public record PythonInstallation(String executable, List<Path> folders) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBE = "import json, os, site, sys\n"
            + "dirs = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,"
            + " os.path.dirname(os.path.realpath(sys.executable))] + [p for p in sys.path if p]\n"
            + "if site.ENABLE_USER_SITE: dirs.append(site.getusersitepackages())\n"
            + "print(json.dumps({'executable': sys.executable,"
            + " 'dirs': [d for d in dirs if os.path.isdir(d) and os.path.abspath(d) != os.getcwd()]}))";

    public PythonInstallation {
        folders = List.copyOf(folders);
    }

    /** Asks {@code python} where it lives; the command as given, with no folders, when it cannot say. */
    public static PythonInstallation of(String python) {
        try {
            Process process = new ProcessBuilder(python, "-c", PROBE)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return new PythonInstallation(python, List.of());
            }
            JsonNode answer = JSON.readTree(out.lines().reduce((a, b) -> b).orElse("{}"));
            LinkedHashSet<Path> folders = new LinkedHashSet<>();
            answer.path("dirs").forEach(d -> folders.add(Path.of(d.asText()).normalize()));
            String executable = answer.path("executable").asText(python);
            return new PythonInstallation(executable.isBlank() ? python : executable, new ArrayList<>(folders));
        } catch (IOException e) {
            return new PythonInstallation(python, List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PythonInstallation(python, List.of());
        }
    }
}
