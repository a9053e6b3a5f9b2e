package io.mltrainer.core.domain;

import java.util.Objects;

/** Where a build lives: a platform's conversation thread, or a terminal session. */
public record ThreadKey(String platform, String workspace, String channel, String thread) {
    public ThreadKey {
        Objects.requireNonNull(platform, "platform");
        workspace = workspace == null ? "" : workspace;
        channel = channel == null ? "" : channel;
        thread = thread == null ? "" : thread;
    }

    public static ThreadKey terminal(String session) {
        return new ThreadKey("console", "local", "terminal", session);
    }

    public String asString() {
        return String.join("/", platform, workspace, channel, thread);
    }
}
