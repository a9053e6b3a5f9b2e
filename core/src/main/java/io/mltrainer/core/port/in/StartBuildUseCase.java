package io.mltrainer.core.port.in;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Job;
import io.mltrainer.core.domain.ThreadKey;

/** Starting a build from a complete request ({@code mltrainer run}, {@code mltrainer plan}). */
public interface StartBuildUseCase {

    /** Creates the build, queued; it runs once submitted ({@link ResumeBuildUseCase#submit}). */
    Job create(String owner, ThreadKey thread, BuildRequest request);
}
