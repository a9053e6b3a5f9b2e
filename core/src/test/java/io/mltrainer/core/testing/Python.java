package io.mltrainer.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's Python 3 (with pyflakes), as CI installs it, run on files a test wrote. */
public final class Python {
    public static final String INTERPRETER = System.getenv().getOrDefault("MLTRAINER_PYTHON", "/usr/bin/python3");

    private Python() {}

    public record Result(int exitCode, String output) {}

    /** {@code python -m MODULE FILES...}: exit code and output. */
    public static Result module(String module, Path... files) {
        List<String> command = new ArrayList<>(List.of(INTERPRETER, "-m", module));
        for (Path file : files) {
            command.add(file.toString());
        }
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
