package io.mltrainer.core.testing;

import io.mltrainer.core.port.out.JobEventLog;

class InMemoryJobEventLogTest extends JobEventLogContract {
    @Override
    protected JobEventLog newEventLog() {
        return new InMemoryJobEventLog();
    }
}
