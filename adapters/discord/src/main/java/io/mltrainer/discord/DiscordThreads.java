package io.mltrainer.discord;

import io.mltrainer.core.domain.ThreadKey;

/**
 * Discord places as thread keys: {@code discord/<guild>/<parent channel>/<thread channel>}; a DM is
 * {@code discord/@me/<dm channel>/} (the DM conversation is the place).
 */
final class DiscordThreads {
    static final String PLATFORM = "discord";

    private DiscordThreads() {}

    static ThreadKey thread(String guild, String parent, String thread) {
        return new ThreadKey(PLATFORM, guild, parent, thread);
    }

    static ThreadKey dm(String channel) {
        return new ThreadKey(PLATFORM, "@me", channel, "");
    }

    /** The channel messages for this place are sent to: the thread channel, or the DM channel. */
    static String channelOf(ThreadKey key) {
        return key.thread().isEmpty() ? key.channel() : key.thread();
    }

    static String encode(ThreadKey key) {
        return key.workspace() + "|" + key.channel() + "|" + key.thread();
    }

    static ThreadKey decode(String value) {
        String[] parts = value.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a thread reference: " + value);
        }
        return new ThreadKey(PLATFORM, parts[0], parts[1], parts[2]);
    }
}
