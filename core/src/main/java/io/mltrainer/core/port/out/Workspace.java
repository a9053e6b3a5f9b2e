package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.GeneratedFile;
import io.mltrainer.core.domain.JobId;
import java.util.List;

/** A build's files on disk. */
public interface Workspace {
    /** Writes the files into the build's code directory (replacing what was there) and returns the directory. */
    String writeCode(JobId jobId, List<GeneratedFile> files);
}
