package io.mltrainer.bot;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code mltrainer serve}: the chat surfaces whose tokens are configured, on one HTTP server ({@code
 * MLTRAINER_HTTP_PORT}) that also answers {@code /health/live}, {@code /health/ready} ({@link HealthEndpoints}) and
 * {@code /metrics} ({@link MetricsEndpoint}).
 *
 * <p>SIGTERM drains the replica: it turns not-ready, stops taking events (the surfaces stop; HTTP events get 503),
 * finishes what it acknowledged within {@code MLTRAINER_DRAIN_SECONDS} (default 20), releases the leases of its
 * builds so another replica takes them over at once, and exits 0.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the Slack and Discord bots whose tokens are configured (and /health/live, /health/ready,"
                + " /metrics on MLTRAINER_HTTP_PORT).")
final class ServeCommand extends AppCommand implements Callable<Integer> {
    static final String DRAIN_SECONDS = "MLTRAINER_DRAIN_SECONDS";
    private static final Duration DEFAULT_DRAIN = Duration.ofSeconds(20);
    /** How long a drain waits for a readiness probe to see it not ready, at most (a load balancer stops sending). */
    private static final Duration NOTICE_WAIT = Duration.ofSeconds(5);
    /** Beyond the drain deadline: closing the database and the HTTP server. */
    private static final long CLOSE_MARGIN_SECONDS = 10;

    @Override
    @SuppressWarnings("try") // the signal handlers are held for the whole serve: the body needs no other use of them
    public Integer call() throws IOException, InterruptedException {
        Duration drain = drainTime(main.launch.env());
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread hook = new Thread(
                () -> {
                    stop.countDown();
                    if (awaitQuietly(stopped, drain.toSeconds() + CLOSE_MARGIN_SECONDS)
                            && exitCode.get() == ExitCodes.OK) {
                        // Where StopSignals could not take SIGTERM, it starts the JVM's shutdown, whose exit status
                        // is 143 whatever main returns: a drained replica ends with its own status (0) instead.
                        Runtime.getRuntime().halt(exitCode.get());
                    }
                },
                "mltrainer-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (StopSignals signals = StopSignals.handle(stop::countDown)) {
            int code = serve(stop, drain);
            exitCode.set(code);
            return code;
        } finally {
            stopped.countDown();
            removeQuietly(hook);
        }
    }

    /** Serves until {@code stop} opens, then drains within {@code drain}; 2 when no surface is configured. */
    int serve(CountDownLatch stop, Duration drain) throws IOException, InterruptedException {
        int port = main.launch.settings().httpPort();
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        Metrics metrics = new Metrics();
        try (Application app =
                Application.open(main.launch.settings(), main.launch.workingDirectory(), main.launch.env(), metrics)) {
            HttpFront http = new HttpFront(HttpServer.create(new InetSocketAddress(port), 0), metrics, app.clock());
            http.setExecutor(httpThreads);
            HealthEndpoints health = new HealthEndpoints(app::databaseReady);
            health.register(http);
            new MetricsEndpoint(metrics).register(http);
            List<SurfaceStarter.RunningSurface> surfaces = new ArrayList<>();
            try {
                for (SurfaceStarter starter : SurfaceStarters.all()) {
                    starter.start(main.launch.env(), app, http).ifPresent(surfaces::add);
                }
                if (surfaces.isEmpty()) {
                    err().println("No chat surface is configured. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or"
                            + " SLACK_APP_TOKEN) for Slack, DISCORD_BOT_TOKEN for Discord; see the README. The"
                            + " terminal chat needs none: ./mltrainer");
                    return ExitCodes.BAD_INPUT;
                }
                http.start();
                int picked = app.resume().followAbandonedRuns().size();
                if (picked > 0) {
                    out().println("Following " + picked + " training run(s) that were going on before the restart.");
                }
                // Replicas sharing the database take over the builds whose lease ran out (a replica died).
                app.takeOverAbandonedBuilds();
                out().println("mltrainer serving "
                        + surfaces.stream()
                                .map(SurfaceStarter.RunningSurface::name)
                                .collect(Collectors.joining(", "))
                        + " (health: http://localhost:" + http.getAddress().getPort() + HealthEndpoints.READY
                        + ", metrics: " + MetricsEndpoint.PATH + "). Ctrl-C stops.");
                stop.await();
                Instant deadline = app.clock().instant().plus(drain);
                health.drain();
                http.drain();
                out().println("Draining: not ready any more, taking no new events; finishing what was acknowledged"
                        + " (at most " + drain.toSeconds() + " s)…");
                Thread closing = new Thread(() -> closeAll(surfaces), "mltrainer-drain");
                closing.start();
                health.awaitDrainingSeen(min(NOTICE_WAIT, until(app, deadline)));
                closing.join(Math.max(1, until(app, deadline).toMillis()));
                try {
                    int released = app.drain(deadline);
                    out().println("Drained: " + released + " build lease(s) released for the other replicas.");
                } catch (RuntimeException e) {
                    err().println("Drained, but the leases of this replica's builds could not be released (they"
                            + " expire by themselves, then another replica takes the builds over): " + e.getMessage());
                }
                return ExitCodes.OK;
            } finally {
                closeAll(surfaces);
                http.stop(0);
            }
        } finally {
            httpThreads.shutdown();
            httpThreads.awaitTermination(CLOSE_MARGIN_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** {@code MLTRAINER_DRAIN_SECONDS}: how long a stopping replica finishes what it acknowledged (default 20). */
    static Duration drainTime(Map<String, String> env) {
        String value = env.get(DRAIN_SECONDS);
        if (value == null || value.isBlank()) {
            return DEFAULT_DRAIN;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds < 0) {
                throw new NumberFormatException("negative");
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    DRAIN_SECONDS + " must be a whole number of seconds (0 or more), not '" + value + "'", e);
        }
    }

    private static void closeAll(List<SurfaceStarter.RunningSurface> surfaces) {
        synchronized (surfaces) {
            surfaces.forEach(SurfaceStarter.RunningSurface::close);
            surfaces.clear();
        }
    }

    private static Duration until(Application app, Instant deadline) {
        Duration left = Duration.between(app.clock().instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean awaitQuietly(CountDownLatch latch, long seconds) {
        try {
            return latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is what stopped us
        }
    }
}
