package io.mltrainer.core.testing;

import io.mltrainer.core.port.JobEventLog;

class InMemoryJobEventLogTest extends JobEventLogContract {
    @Override
    protected JobEventLog newEventLog() {
        return new InMemoryJobEventLog();
    }
}
