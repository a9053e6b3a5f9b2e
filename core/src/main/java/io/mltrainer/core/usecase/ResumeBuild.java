package io.mltrainer.core.usecase;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.port.in.BuildRefused;
import io.mltrainer.core.port.in.ResumeBuildUseCase;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.port.out.Workers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Continues a failed, cancelled or interrupted build from its first stage without a result. Finished stages keep
 * their results; the failed stage gets a fresh attempt budget and its last error as feedback.
 */
public final class ResumeBuild implements ResumeBuildUseCase {
    private final JobRepository jobs;
    private final EventBus events;
    private final Orchestrator orchestrator;
    private final Workers workers;
    private final Clock clock;

    public ResumeBuild(JobRepository jobs, EventBus events, Orchestrator orchestrator, Workers workers, Clock clock) {
        this.jobs = jobs;
        this.events = events;
        this.orchestrator = orchestrator;
        this.workers = workers;
        this.clock = clock;
    }

    public CompletableFuture<Job> resume(JobId id) {
        Job queued = prepare(id);
        return submit(queued.id());
    }

    /** Runs a build that {@link #prepare} queued. */
    @Override
    public CompletableFuture<Job> submit(JobId id) {
        return orchestrator.submit(id);
    }

    /** Queues the build again, or refuses with the reason. */
    public Job prepare(JobId id) {
        return prepare(id, UnaryOperator.identity());
    }

    /**
     * Queues the build again with a revised request (an answer to its question: the target, the data). A changed
     * request invalidates what was understood from the old one, so the build starts over from the intent stage.
     */
    @Override
    public Job prepare(JobId id, UnaryOperator<BuildRequest> revise) {
        Job job = jobs.find(id).orElseThrow(() -> new BuildRefused("There is no build " + id + "."));
        if (job.status() == JobStatus.SUCCEEDED) {
            throw new BuildRefused("Build " + id + " already succeeded; start a new build to train again.");
        }
        if (job.status() == JobStatus.INTAKE) {
            throw new BuildRefused("Build " + id + " is still collecting what it needs; answer its questions.");
        }
        if (job.status().isActive() && isHeldByLiveWorker(job)) {
            throw new BuildRefused("Build " + id + " is running (worker "
                    + job.lease().owner() + "); cancel it first or wait for it.");
        }
        BuildRequest revised = revise.apply(job.context().request());
        if (revised.sameAs(job.context().request())) {
            // Only the cost was confirmed: what was understood and planned still holds.
            job = job.withContext(job.context().withRequest(revised), clock.instant());
        } else {
            job = job.withContext(JobContext.of(revised), clock.instant());
        }
        Job queued = jobs.save(job.moveTo(JobStatus.QUEUED, clock.instant()).withLease(null));
        String from = queued.currentStage().map(Stage::id).orElse("the end");
        events.publish(
                id,
                new JobEvent.Notice(
                        "resuming from " + from + " (was " + job.status().name().toLowerCase(Locale.ROOT) + ")"));
        return queued;
    }

    /**
     * Follows again the remote training runs that builds of a stopped process were waiting for (at a serve start):
     * the runs go on where they run, nothing is launched a second time. Returns the builds picked up. A local run
     * ended with the process that started it: its build is taken over like any abandoned one, and trains again.
     */
    @Override
    public List<JobId> followAbandonedRuns() {
        List<JobId> picked = new ArrayList<>();
        for (Job job : jobs.findByStatus(EnumSet.of(JobStatus.AWAITING_RUN))) {
            RunHandle run = job.context().activeRun();
            if (run != null && run.isRemote() && !isHeldByLiveWorker(job)) {
                if (job.lease() != null) {
                    // its holder is dead: its lease is given up now rather than when it runs out
                    jobs.releaseLeases(job.lease().owner(), clock.instant());
                }
                orchestrator.followAgain(job.id());
                events.publish(job.id(), new JobEvent.Notice("following the training run again after a restart"));
                picked.add(job.id());
            }
        }
        return picked;
    }

    private boolean isHeldByLiveWorker(Job job) {
        if (orchestrator.isRunningHere(job.id())) {
            return true;
        }
        return job.leaseHeld(clock.instant(), workers::isAlive);
    }
}
