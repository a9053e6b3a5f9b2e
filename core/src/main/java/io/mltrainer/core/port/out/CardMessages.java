package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.JobId;
import java.util.Optional;

/**
 * Where each build's status card was posted on a platform (Slack's message {@code ts}, Discord's message id), so
 * the card is edited in place also after a restart.
 */
public interface CardMessages {
    Optional<String> find(JobId job, String platform);

    void save(JobId job, String platform, String messageRef);
}
