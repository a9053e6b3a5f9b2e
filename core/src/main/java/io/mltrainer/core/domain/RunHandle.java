package io.mltrainer.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A training run that was launched, checkpointed in the build's context so that a restarted mltrainer follows it
 * again instead of launching it twice. Stored as JSON: components added later read as null from older builds.
 *
 * @param runtime the runtime's name ({@code local}, {@code kaggle}, {@code modal})
 * @param runId this build's name for the run (its folder under the build's {@code runs/})
 * @param outputDir where the run's outputs are, or are downloaded to, on this machine
 * @param pid a local process's id; with {@code processStart} it identifies the process unambiguously (pids are
 *     reused)
 * @param remoteId the remote run's id (Kaggle {@code user/slug}, Modal call id); null for local runs
 * @param appId a second remote id where the runtime has one (Modal app id)
 * @param url the page where the user can watch the run (the notebook, the app); null for local runs
 * @param machine the accelerator asked for ({@code NvidiaTeslaT4}, {@code A10G}); null for a CPU run
 * @param launchedAt when the run was launched
 * @param gpuSeconds GPU time the run used, once known (null on CPU or while it runs)
 */
public record RunHandle(
        String runtime,
        String runId,
        String outputDir,
        Long pid,
        Instant processStart,
        String remoteId,
        String appId,
        String url,
        String machine,
        Instant launchedAt,
        Long gpuSeconds) {
    public RunHandle {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(runId, "runId");
    }

    /** How long the run has been going at {@code now}, in milliseconds: 0 when its launch time is unknown. */
    public long millisSinceLaunch(Instant now) {
        return launchedAt == null
                ? 0
                : Math.max(0, java.time.Duration.between(launchedAt, now).toMillis());
    }

    /** A process on this machine, its launch time unknown. */
    public RunHandle(String runtime, String runId, String outputDir, Long pid, Instant processStart) {
        this(runtime, runId, outputDir, pid, processStart, null, null, null, null, processStart, null);
    }

    /** A process on this machine. */
    public static RunHandle local(
            String runtime, String runId, String outputDir, Long pid, Instant processStart, Instant launchedAt) {
        return new RunHandle(runtime, runId, outputDir, pid, processStart, null, null, null, null, launchedAt, null);
    }

    /** A run on a remote runtime, its outputs downloaded into {@code outputDir} when it ends. */
    public static RunHandle remote(
            String runtime,
            String runId,
            String outputDir,
            String remoteId,
            String appId,
            String url,
            String machine,
            Instant launchedAt) {
        return new RunHandle(runtime, runId, outputDir, null, null, remoteId, appId, url, machine, launchedAt, null);
    }

    public boolean isRemote() {
        return remoteId != null;
    }

    public RunHandle withGpuSeconds(Long seconds) {
        return new RunHandle(
                runtime, runId, outputDir, pid, processStart, remoteId, appId, url, machine, launchedAt, seconds);
    }
}
