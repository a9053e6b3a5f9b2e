package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.GeneratedCode;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.RunHandle;
import java.util.Objects;

/**
 * One training run: the checked code, the data it reads ({@code dataPath}, and where it came from: {@code
 * dataSource}, may be null; a local file is staged by the runtime where the code
 * can read it, only now that the run has its go-ahead), a time limit, the accelerator the plan chose ("cpu" or a
 * GPU name; null: the runtime's default), whose credentials it may use, and the run an earlier attempt or a
 * crashed process left behind ({@code previous}, may be null: a runtime never launches that run a second time).
 */
public record RunRequest(
        JobId jobId,
        String owner,
        Credentials credentials,
        GeneratedCode code,
        String dataPath,
        DataSource dataSource,
        String accelerator,
        long timeLimitSeconds,
        RunHandle previous) {
    public RunRequest {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(code, "code");
        credentials = credentials == null ? Credentials.NONE : credentials;
    }

    public boolean wantsGpu() {
        return accelerator != null && !accelerator.isBlank() && !"cpu".equalsIgnoreCase(accelerator);
    }
}
