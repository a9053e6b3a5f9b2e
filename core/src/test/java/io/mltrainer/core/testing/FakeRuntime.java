package io.mltrainer.core.testing;

import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.port.out.RunRequest;
import io.mltrainer.core.port.out.RunStatus;
import io.mltrainer.core.port.out.TrainingRuntime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A runtime whose runs do what the test says: run until released (two progress lines), then succeed or fail;
 * polls may fail transiently first. Counts launches, polls and cancels; a run is launched once per build (a handle
 * from an earlier attempt comes back as it is).
 */
public final class FakeRuntime implements TrainingRuntime {
    private final String name;
    private final Clock clock;
    private final Duration interval;
    private final AtomicInteger launches = new AtomicInteger();
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicInteger cancels = new AtomicInteger();
    private final Map<String, Boolean> released = new ConcurrentHashMap<>();
    private final CountDownLatch launched = new CountDownLatch(1);
    private volatile boolean releasedByDefault;
    private volatile String failure;
    private volatile int pollFailures;
    private volatile Duration launchedAgo = Duration.ZERO;
    private volatile boolean onThisMachine;

    public FakeRuntime(String name, Clock clock, Duration interval) {
        this.name = name;
        this.clock = clock;
        this.interval = interval;
    }

    /**
     * Runs are processes of the replica that launched them, as local runs are: their handles have no remote id, and
     * a handle from an earlier attempt is launched again (its process is gone with its replica).
     */
    public FakeRuntime onThisMachine() {
        this.onThisMachine = true;
        return this;
    }

    /** Runs end at their first poll. */
    public FakeRuntime endingAtOnce() {
        this.releasedByDefault = true;
        return this;
    }

    /** Released runs fail with this error (and two log lines). */
    public FakeRuntime failingWith(String error) {
        this.failure = error;
        return this;
    }

    /** The next {@code count} polls throw a transient error. */
    public FakeRuntime unreachableFor(int count) {
        this.pollFailures = count;
        return this;
    }

    /** Runs look launched this long ago (to pass their time limit). */
    public FakeRuntime launchedAgo(Duration ago) {
        this.launchedAgo = ago;
        return this;
    }

    /** Every run, launched or to come, ends at its next poll. */
    public void releaseAll() {
        releasedByDefault = true;
        released.replaceAll((id, done) -> true);
    }

    public void release(String remoteId) {
        released.put(remoteId, true);
    }

    public int launches() {
        return launches.get();
    }

    public int polls() {
        return polls.get();
    }

    public int cancels() {
        return cancels.get();
    }

    /** Opens when the first run is launched. */
    public CountDownLatch launched() {
        return launched;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration pollInterval() {
        return interval;
    }

    @Override
    public RunHandle submit(RunRequest request) {
        RunHandle previous = request.previous();
        if (previous != null && name.equals(previous.runtime()) && !onThisMachine) {
            return previous;
        }
        int n = launches.incrementAndGet();
        String id = "fake/" + request.jobId().value() + "-" + n;
        released.put(id, releasedByDefault);
        launched.countDown();
        Instant at = clock.instant().minus(launchedAgo);
        if (onThisMachine) {
            return RunHandle.local(name, id, "/tmp/fake/" + request.jobId().value(), null, null, at);
        }
        return RunHandle.remote(
                name,
                "run-" + n,
                "/tmp/fake/" + request.jobId().value(),
                id,
                null,
                "https://runs.example/" + id,
                "T4",
                at);
    }

    @Override
    public RunStatus poll(RunHandle handle, long cursor) {
        polls.incrementAndGet();
        if (pollFailures > 0) {
            pollFailures--;
            throw StageException.transientFailure("the fake service is down", null);
        }
        List<String> log = List.of(
                "MLTRAINER {\"phase\": \"train\", \"message\": \"epoch 1\", \"step\": 1, \"total\": 2,"
                        + " \"metrics\": {\"loss\": 0.5}}",
                "MLTRAINER {\"phase\": \"train\", \"message\": \"epoch 2\", \"step\": 2, \"total\": 2,"
                        + " \"metrics\": {\"loss\": 0.3}}");
        List<String> fresh = log.subList((int) Math.min(cursor, log.size()), log.size());
        if (!released.getOrDefault(handle.isRemote() ? handle.remoteId() : handle.runId(), false)) {
            return new RunStatus.Running(cursor == 0 ? fresh.subList(0, 1) : List.of(), Math.max(cursor, 1));
        }
        if (failure != null) {
            return new RunStatus.Failed(
                    FailureKind.RUN_FAILED,
                    failure,
                    fresh,
                    List.of("Traceback (most recent call last):", failure),
                    log.size());
        }
        return new RunStatus.Succeeded(fresh, log.size());
    }

    @Override
    public TrainingRun collect(RunHandle handle) {
        return new TrainingRun(
                name,
                handle.runId(),
                handle.outputDir(),
                Map.of("accuracy", 0.9),
                null,
                Map.of(),
                List.of("p", "q"),
                1000,
                handle.withGpuSeconds(12L));
    }

    @Override
    public String cancel(RunHandle handle) {
        cancels.incrementAndGet();
        return "stop it by hand at " + handle.url();
    }
}
