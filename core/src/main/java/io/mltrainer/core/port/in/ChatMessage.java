package io.mltrainer.core.port.in;

import io.mltrainer.core.domain.Owners;
import io.mltrainer.core.domain.ThreadKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A message as a chat surface hands it over. {@code user} is the platform's user id; {@code text} is raw (it may
 * hold a secret: the intake masks it before anything stores it) with the bot's own mention removed;
 * {@code privateChannel} is true for a DM or a modal; {@code addressed} is true when the message was meant for the
 * bot (a mention, a DM, a slash command) rather than teammates talking in a build's thread; {@code files} are
 * attachments the surface already saved into the {@code Uploads} area.
 */
public record ChatMessage(
        ThreadKey thread, String user, String text, boolean privateChannel, boolean addressed, List<Path> files) {
    public ChatMessage {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(user, "user");
        text = text == null ? "" : text.strip();
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static ChatMessage of(ThreadKey thread, String user, String text, boolean privateChannel) {
        return new ChatMessage(thread, user, text, privateChannel, true, List.of());
    }

    /** The build owner's identity across platforms: {@code slack:U123}, {@code discord:42}. */
    public String owner() {
        return Owners.of(thread.platform(), user);
    }
}
