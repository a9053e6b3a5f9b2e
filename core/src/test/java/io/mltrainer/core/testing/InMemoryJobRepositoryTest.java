package io.mltrainer.core.testing;

import io.mltrainer.core.port.JobRepository;

class InMemoryJobRepositoryTest extends JobRepositoryContract {
    @Override
    protected JobRepository newRepository() {
        return new InMemoryJobRepository();
    }
}
