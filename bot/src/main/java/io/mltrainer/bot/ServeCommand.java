package io.mltrainer.bot;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code mltrainer serve}: the chat surfaces whose tokens are configured, on one HTTP server ({@code
 * MLTRAINER_HTTP_PORT}) that also answers {@code /health/live} and {@code /health/ready} ({@link HealthEndpoints}). SIGTERM stops taking new work, finishes what was
 * acknowledged, then exits.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Run the Slack and Discord bots whose tokens are configured (and /health/live, /health/ready on MLTRAINER_HTTP_PORT).")
final class ServeCommand extends AppCommand implements Callable<Integer> {
    private static final long STOP_WAIT_SECONDS = 30;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stop.countDown();
                    awaitQuietly(stopped);
                },
                "mltrainer-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return serve(stop);
        } finally {
            stopped.countDown();
            removeQuietly(hook);
        }
    }

    /** Serves until {@code stop} opens; 2 when no surface is configured. */
    int serve(CountDownLatch stop) throws IOException, InterruptedException {
        int port = main.launch.settings().httpPort();
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        try (Application app = open()) {
            HttpServer http = HttpServer.create(new InetSocketAddress(port), 0);
            http.setExecutor(httpThreads);
            HealthEndpoints health = new HealthEndpoints(app::databaseReady);
            health.register(http);
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
                        + "). Ctrl-C stops.");
                stop.await();
                health.drain();
                out().println("Stopping: finishing what was acknowledged…");
                return ExitCodes.OK;
            } finally {
                surfaces.forEach(SurfaceStarter.RunningSurface::close);
                http.stop(1);
            }
        } finally {
            httpThreads.shutdown();
            httpThreads.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
