package io.mltrainer.core.port;

import io.mltrainer.core.domain.JobId;

@FunctionalInterface
public interface JobIds {
    JobId next();
}
