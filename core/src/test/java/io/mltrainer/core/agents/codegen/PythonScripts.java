package io.mltrainer.core.agents.codegen;

import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.testing.Python;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a Python script of a test on Debian's interpreter (the one CI installs packages for), with a deadline. */
final class PythonScripts {
    private PythonScripts() {}

    record Run(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** {@code python SCRIPT ARGS...} in {@code dir}, stdout and stderr together; -1 when it outlives the deadline. */
    static Run run(Path dir, Duration deadline, Map<String, String> env, String script, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Python.INTERPRETER, script));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "python-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(deadline.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return new Run(-1, "timed out after " + deadline + ": " + command + "\n" + read(log));
        }
        return new Run(process.exitValue(), read(log));
    }

    /**
     * The modules of {@code modules} the interpreter cannot find (empty: it has them all), asked of one interpreter
     * process without importing them.
     */
    static List<String> missingModules(List<String> modules) {
        List<String> command = new ArrayList<>(List.of(
                Python.INTERPRETER,
                "-c",
                "import importlib.util, sys\n"
                        + "print(' '.join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))"));
        command.addAll(modules);
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return List.copyOf(modules);
            }
            return output.isEmpty() ? List.of() : List.of(output.split(" "));
        } catch (IOException e) {
            return List.copyOf(modules);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.copyOf(modules);
        }
    }

    /** The rendered files written into {@code dir} (created), for an interpreter to run. */
    static Path written(Path dir, List<GeneratedFile> files) throws IOException {
        Files.createDirectories(dir);
        for (GeneratedFile file : files) {
            Files.writeString(dir.resolve(file.path()), file.content());
        }
        return dir;
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
