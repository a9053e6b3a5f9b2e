package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.JobId;

@FunctionalInterface
public interface JobIds {
    JobId next();
}
