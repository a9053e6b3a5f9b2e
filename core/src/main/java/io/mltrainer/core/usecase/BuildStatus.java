package io.mltrainer.core.usecase;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.JobStatus;
import io.mltrainer.core.port.in.BuildRefused;
import io.mltrainer.core.port.in.BuildStatusQuery;
import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.port.out.JobRepository;
import java.util.EnumSet;
import java.util.List;

/** What anyone may look at: builds, one build with its events. */
public final class BuildStatus implements BuildStatusQuery {
    private final JobRepository jobs;
    private final JobEventLog events;

    public BuildStatus(JobRepository jobs, JobEventLog events) {
        this.jobs = jobs;
        this.events = events;
    }

    @Override
    public View show(JobId id) {
        Job job = jobs.find(id).orElseThrow(() -> new BuildRefused("There is no build " + id + "."));
        return new View(job, events.list(id));
    }

    @Override
    public List<Job> list(int limit) {
        return jobs.list(limit);
    }

    /** Builds that did not end: interrupted by a crash, failed or cancelled ones are not included. */
    @Override
    public List<Job> unfinished() {
        return jobs.findByStatus(EnumSet.of(JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.AWAITING_RUN));
    }

    /** The builds of a channel (the channel of {@code thread}), newest first. */
    public List<Job> inChannel(io.mltrainer.core.domain.ThreadKey thread, int limit) {
        return jobs.findInChannel(thread, limit);
    }

    public List<EventRecord> tail(JobId id, int count) {
        return events.tail(id, count);
    }
}
