package io.mltrainer.core.intake;

import io.mltrainer.core.domain.ThreadKey;
import java.util.Objects;

/**
 * A message as a surface hands it over: where, from whom, the raw text (it may hold a secret: the intake masks it
 * before anything else), whether nobody else can read it (a DM, a modal, the terminal), and a dataset that came
 * with it (a file shared in the thread and saved by the surface; null when none).
 */
public record Inbound(ThreadKey thread, String author, String text, boolean privateChannel, String dataset) {
    public Inbound {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(author, "author");
        text = text == null ? "" : text;
    }

    public Inbound(ThreadKey thread, String author, String text, boolean privateChannel) {
        this(thread, author, text, privateChannel, null);
    }
}
