package io.mltrainer.core.codegen;

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

    /** The modules of {@code modules} that the interpreter cannot import (empty: all of them can). */
    static List<String> missingModules(List<String> modules) {
        List<String> missing = new ArrayList<>();
        for (String module : modules) {
            try {
                Process process = new ProcessBuilder(Python.INTERPRETER, "-c", "import " + module)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    missing.add(module);
                }
            } catch (IOException e) {
                missing.add(module);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                missing.add(module);
            }
        }
        return missing;
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
