package io.mltrainer.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs mltrainer command lines in this JVM against one home folder, as a person in a terminal would. */
final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The JVM flags of the mltrainer processes tests start: each lives seconds, so the C1 compiler alone and the
     * serial collector, which spend far less CPU on themselves at start-up than the defaults.
     */
    static final List<String> CHILD_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    final Path home;
    final Path workingDirectory;
    final Map<String, String> env = new HashMap<>();

    Cli(Path home, Path workingDirectory) {
        this.home = home;
        this.workingDirectory = workingDirectory;
        env.put("MLTRAINER_HOME", home.toString());
        env.put("MLTRAINER_USER", "tester");
        env.put("MLTRAINER_PYTHON", "/usr/bin/python3");
        // Never a real Modal CLI from a test: a paid run must not start by accident.
        env.put("MODAL_CLI", home.resolve("no-modal-cli/modal").toString());
        // Tests do not wait seconds between retries.
        for (String stage :
                new String[] {"INTENT", "DATASET", "PREPROCESS", "CONFIG", "ARCHITECTURE", "CODEGEN", "TRAIN", "DEPLOY"
                }) {
            env.put("MLTRAINER_RETRY_" + stage, "wait=10ms,max=10ms");
        }
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    Result runWithInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Launch launch =
                new Launch(env, workingDirectory, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        int code = Main.execute(args, launch, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** mltrainer in a JVM of its own, on this test's classpath, working directory and environment. */
    Process startChild(String... args) throws IOException {
        return child(args).redirectErrorStream(true).start();
    }

    /** Runs a command line as its own process to its end (two minutes at most), stdout and stderr apart. */
    Result runChild(String... args) throws IOException, InterruptedException {
        java.nio.file.Path out = java.nio.file.Files.createTempFile(workingDirectory, "child", ".out");
        java.nio.file.Path err = java.nio.file.Files.createTempFile(workingDirectory, "child", ".err");
        Process child = child(args)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!child.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("mltrainer " + String.join(" ", args) + " did not end within two minutes");
        }
        return new Result(
                child.exitValue(),
                java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
    }

    private ProcessBuilder child(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(CHILD_JVM_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().putAll(env);
        return builder;
    }

    Settings settings() {
        return Settings.fromEnvironment(env);
    }

    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not one JSON value: " + out + "\nstderr: " + err, e);
            }
        }
    }
}
