package io.mltrainer.core.testing;

import io.mltrainer.core.port.out.Workers;

/** One worker, this process, for tests in which every lease holder counts as alive (no replica ever died). */
public final class LiveWorkers implements Workers {
    private final String self;

    public LiveWorkers(String self) {
        this.self = self;
    }

    @Override
    public String self() {
        return self;
    }

    @Override
    public boolean isAlive(String owner) {
        return true;
    }
}
