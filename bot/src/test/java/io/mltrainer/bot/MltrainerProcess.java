package io.mltrainer.bot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mltrainer in a JVM of its own, on this test's classpath, with a {@link Cli}'s environment and working directory:
 * killed for real (SIGKILL runs no shutdown hook nor finally block) or stopped by SIGTERM as an orchestrator stops a
 * replica. Its output (stdout and stderr together) is read line by line as it comes; {@link #close} kills it.
 */
final class MltrainerProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("mltrainer serving .*http://localhost:(\\d+)/health/ready");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MltrainerProcess(Process process, String name) {
        this.process = process;
        this.reader = new Thread(this::read, name + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mltrainer args…} in a child JVM ({@link Cli#startChild}) with {@code cli}'s environment. */
    static MltrainerProcess start(Cli cli, String... args) {
        try {
            return new MltrainerProcess(cli.startChild(args), args.length == 0 ? "mltrainer" : args[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the first output line that matches and returns it; fails with the output so far. */
    String awaitLine(String what, Predicate<String> matches, Duration deadline) {
        Waits.until(
                what, () -> firstLine(matches) != null || !process.isAlive(), deadline, () -> "output:\n" + output());
        String line = firstLine(matches);
        if (line == null) {
            throw new AssertionError(
                    "the process ended (exit " + process.exitValue() + ") before " + what + ":\n" + output());
        }
        return line;
    }

    /** {@code serve}: the HTTP port it announced once it serves. */
    int awaitServing() {
        Matcher serving = SERVING.matcher(
                awaitLine("serve to start", l -> SERVING.matcher(l).find(), Waits.DEADLINE));
        if (!serving.find()) {
            throw new AssertionError("no port in the serving line");
        }
        return Integer.parseInt(serving.group(1));
    }

    /** A GET to its HTTP server on loopback. */
    HttpResponse<String> get(int port, String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status of {@code /health/ready}; -1 once nothing listens on the port any more. */
    int readiness(int port) {
        try {
            return get(port, "/health/ready").statusCode();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof ConnectException) {
                return -1;
            }
            throw e;
        }
    }

    /** SIGTERM, keeping our end of its output open (unlike {@link Process#destroy()}). */
    void sigterm() {
        process.toHandle().destroy();
    }

    /** SIGKILL: nothing runs in the child any more. */
    void sigkill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** Whether it exited within {@code deadline}. */
    boolean awaitExit(Duration deadline) {
        try {
            return process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Everything it printed so far; once it exited, all of it. */
    String output() {
        if (!process.isAlive()) {
            try {
                reader.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** Its output lines so far. */
    List<String> lines() {
        output();
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private String firstLine(Predicate<String> matches) {
        synchronized (lines) {
            return lines.stream().filter(matches).findFirst().orElse(null);
        }
    }

    private void read() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            sigkill();
        }
    }
}
