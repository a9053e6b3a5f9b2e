package io.mltrainer.core.pipeline;

import io.mltrainer.core.port.out.JobEventLog;
import io.mltrainer.core.port.out.JobRepository;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemoryJobRepository;

class ReplicasTest extends ReplicasContract {
    @Override
    protected JobRepository newJobs() {
        return new InMemoryJobRepository();
    }

    @Override
    protected JobEventLog newLog() {
        return new InMemoryJobEventLog();
    }
}
