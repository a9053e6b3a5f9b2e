package io.mltrainer.runtimes;

import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.port.out.ScriptChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Compiles every generated Python file ({@code py_compile}) and runs pyflakes on it when pyflakes is installed, the
 * files side by side. The files are checked in a scratch copy, so a check never touches the build's own code directory.
 */
public final class PythonScriptChecker implements ScriptChecker {
    private final PythonLocator locator;

    public PythonScriptChecker(PythonLocator locator) {
        this.locator = locator;
    }

    @Override
    public List<String> check(GeneratedCode code) {
        String python = locator.find(List.of("pyflakes"))
                .orElseThrow(() -> io.mltrainer.core.domain.StageException.missingDependency(
                        "No python3 found to check the generated code. Install Python 3 or set MLTRAINER_PYTHON."));
        // The locator probed the interpreter for pyflakes when it chose it (and keeps the answer).
        boolean pyflakes = locator.withModules(List.of("pyflakes")).isPresent();
        Path scratch = null;
        // Every file's checks run side by side: each is a Python process of its own.
        ExecutorService parallel = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mltrainer-script-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            scratch = Files.createTempDirectory("mltrainer-check");
            Path folder = scratch;
            List<CompletableFuture<List<String>>> checks = new ArrayList<>();
            for (GeneratedFile file : code.files()) {
                if (!file.path().endsWith(".py")) {
                    continue;
                }
                Path target = folder.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
                checks.add(CompletableFuture.supplyAsync(
                        () -> checkOne(python, file, target, folder, pyflakes), parallel));
            }
            List<String> problems = new ArrayList<>();
            checks.forEach(check -> problems.addAll(check.join()));
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            parallel.shutdownNow();
            Files2.deleteQuietly(scratch);
        }
    }

    /** {@code py_compile}, then pyflakes where it is installed, on one file. */
    private static List<String> checkOne(
            String python, GeneratedFile file, Path target, Path scratch, boolean pyflakes) {
        Optional<String> compiled = run(List.of(python, "-m", "py_compile", target.toString()), scratch);
        if (compiled.isPresent()) {
            return List.of(file.path() + " does not compile: " + compiled.get());
        }
        if (!pyflakes) {
            return List.of();
        }
        return run(List.of(python, "-m", "pyflakes", target.toString()), scratch)
                .map(p -> List.of("pyflakes on " + file.path() + ": " + p))
                .orElse(List.of());
    }

    /** Empty when the command succeeded, else its output with the scratch paths made relative. */
    private static Optional<String> run(List<String> command, Path scratch) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("timed out");
            }
            if (process.exitValue() == 0) {
                return Optional.empty();
            }
            return Optional.of(out.replace(scratch.toString() + "/", "").strip());
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
