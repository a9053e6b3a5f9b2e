package io.mltrainer.slack;

import io.mltrainer.core.domain.ThreadKey;

/** Slack places as thread keys: {@code slack/<team>/<channel>/<thread ts>}; a DM conversation has no thread ts. */
final class Threads {
    static final String PLATFORM = "slack";

    private Threads() {}

    static ThreadKey of(String team, String channel, String threadTs) {
        return new ThreadKey(PLATFORM, team, channel, threadTs == null ? "" : threadTs);
    }

    /** Where a reply goes: the thread ts, or null to post in the conversation itself. */
    static String threadTs(ThreadKey thread) {
        return thread.thread().isEmpty() ? null : thread.thread();
    }

    /** The thread as the value of a button or a modal's private metadata ({@code team|channel|ts}). */
    static String encode(ThreadKey thread) {
        return thread.workspace() + "|" + thread.channel() + "|" + thread.thread();
    }

    static ThreadKey decode(String value) {
        String[] parts = value.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a thread reference: " + value);
        }
        return of(parts[0], parts[1], parts[2]);
    }
}
