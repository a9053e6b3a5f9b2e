package io.mltrainer.core.domain;

import java.util.Objects;

/** Where a build lives: a platform's conversation thread, or a terminal session. */
public record ThreadKey(String platform, String workspace, String channel, String thread) {
    private static final String TERMINAL = "console";

    public ThreadKey {
        Objects.requireNonNull(platform, "platform");
        workspace = workspace == null ? "" : workspace;
        channel = channel == null ? "" : channel;
        thread = thread == null ? "" : thread;
    }

    public static ThreadKey terminal(String session) {
        return new ThreadKey(TERMINAL, "local", "terminal", session);
    }

    /** A terminal session (the chat in a terminal, {@code run}, {@code plan}), not a chat platform's thread. */
    public boolean isTerminal() {
        return TERMINAL.equals(platform);
    }

    public String asString() {
        return String.join("/", platform, workspace, channel, thread);
    }
}
