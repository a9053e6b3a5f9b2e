package io.mltrainer.core.port.in;

import io.mltrainer.core.domain.EventRecord;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.JobId;
import java.util.List;

/** What anyone may look at: builds, one build with its events. */
public interface BuildStatusQuery {

    /** @throws BuildRefused when there is no such build */
    View show(JobId id);

    /** The newest {@code limit} builds, newest first. */
    List<Job> list(int limit);

    /** Builds that did not end: interrupted by a crash, failed or cancelled ones are not included. */
    List<Job> unfinished();

    /** One build and its events, oldest first. */
    record View(Job job, List<EventRecord> events) {}
}
