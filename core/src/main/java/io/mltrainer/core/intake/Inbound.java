package io.mltrainer.core.intake;

import io.mltrainer.core.domain.ThreadKey;
import java.util.Objects;

/**
 * A message as a surface hands it over: where, from whom, the raw text (it may hold a secret: the intake masks it
 * before anything else), and whether nobody else can read it (a DM, a modal, the terminal).
 */
public record Inbound(ThreadKey thread, String author, String text, boolean privateChannel) {
    public Inbound {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(author, "author");
        text = text == null ? "" : text;
    }
}
