package io.mltrainer.core.testing;

import io.mltrainer.core.port.out.JobRepository;

class InMemoryJobRepositoryTest extends JobRepositoryContract {
    @Override
    protected JobRepository newRepository() {
        return new InMemoryJobRepository();
    }
}
