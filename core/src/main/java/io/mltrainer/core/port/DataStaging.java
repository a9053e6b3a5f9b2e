package io.mltrainer.core.port;

import io.mltrainer.core.domain.Credentials;
import io.mltrainer.core.domain.JobId;
import java.nio.file.Path;

/**
 * Puts a local data file where a remote runtime can read it: a private dataset repository on the build owner's
 * Hugging Face account. Failures are {@code StageException}s whose message says what to do (a token that cannot
 * write, no token at all, a file too large to send this way).
 */
public interface DataStaging {
    Staged stage(String owner, Credentials credentials, JobId job, Path file);

    /** The dataset repository ({@code namespace/name}) and the file's name inside it. */
    record Staged(String repository, String file) {}
}
