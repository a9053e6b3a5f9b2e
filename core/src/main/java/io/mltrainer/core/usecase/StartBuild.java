package io.mltrainer.core.usecase;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.domain.ThreadKey;
import io.mltrainer.core.pipeline.Orchestrator;
import io.mltrainer.core.port.in.BuildRefused;
import io.mltrainer.core.port.in.StartBuildUseCase;
import io.mltrainer.core.port.out.JobIds;
import io.mltrainer.core.port.out.JobRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Someone asked for a model: the build is stored as queued, then runs on the worker pool. */
public final class StartBuild implements StartBuildUseCase {
    private final JobRepository jobs;
    private final Orchestrator orchestrator;
    private final JobIds ids;
    private final Clock clock;

    public StartBuild(JobRepository jobs, Orchestrator orchestrator, JobIds ids, Clock clock) {
        this.jobs = jobs;
        this.orchestrator = orchestrator;
        this.ids = ids;
        this.clock = clock;
    }

    /** Stores the build as queued without running it. */
    @Override
    public Job create(String owner, ThreadKey thread, BuildRequest request) {
        Instant now = clock.instant();
        Job job = new Job(ids.next(), owner, thread, JobStatus.QUEUED, JobContext.of(request), 0, null, now, now);
        jobs.create(job);
        return job;
    }

    /** A build whose intake is still going on: it exists so that the intake's checks have an event log. */
    public Job open(String owner, ThreadKey thread, String text) {
        Instant now = clock.instant();
        Job job = new Job(
                ids.next(), owner, thread, JobStatus.INTAKE, JobContext.of(BuildRequest.of(text)), 0, null, now, now);
        jobs.create(job);
        return job;
    }

    /** The intake is complete and confirmed: the build gets its final request and runs. */
    public Started begin(JobId id, BuildRequest request) {
        Job job = jobs.find(id).orElseThrow(() -> new BuildRefused("There is no build " + id + "."));
        Job queued = jobs.save(
                job.withContext(JobContext.of(request), clock.instant()).moveTo(JobStatus.QUEUED, clock.instant()));
        return new Started(queued, orchestrator.submit(queued.id()));
    }

    /** The intake was given up. */
    public void abandon(JobId id) {
        jobs.find(id)
                .filter(j -> j.status() == JobStatus.INTAKE)
                .ifPresent(j -> jobs.save(j.moveTo(JobStatus.CANCELLED, clock.instant())));
    }

    public Started start(String owner, ThreadKey thread, BuildRequest request) {
        Job job = create(owner, thread, request);
        return new Started(job, orchestrator.submit(job.id()));
    }

    /** The stored build and the future of its run. */
    public record Started(Job job, CompletableFuture<Job> completion) {}
}
