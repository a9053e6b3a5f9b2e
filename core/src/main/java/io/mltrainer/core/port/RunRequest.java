package io.mltrainer.core.port;

import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.RunHandle;
import java.util.Objects;

/**
 * One training run: the checked code, the data it reads, a time limit, and the unfinished run a crashed process
 * left behind ({@code previous}, may be null).
 */
public record RunRequest(JobId jobId, GeneratedCode code, String dataPath, long timeLimitSeconds, RunHandle previous) {
    public RunRequest {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(code, "code");
    }
}
