package io.mltrainer.core.port.out;

import io.mltrainer.core.domain.Slot;
import io.mltrainer.core.domain.ThreadKey;

/**
 * What the core asks of a chat surface (Slack, Discord, the terminal). Implementations do the I/O and know the platform's
 * formatting; they never decide anything about builds.
 */
public interface ChatSurface {

    /** The platform name used in {@link ThreadKey#platform()}. */
    String platform();

    /** Posts {@code text} in a build's thread, or in a DM conversation. */
    void say(ThreadKey thread, String text);

    /**
     * Asks {@code user} for a credential where nobody else can read the answer (a DM, or a button in the thread that
     * opens a modal); the answer comes back through {@code Conversations.handle} from the private channel or
     * through {@code Conversations.credentials}. The thread only ever learns that something was asked privately.
     */
    void askPrivately(ThreadKey buildThread, String user, Slot slot, String prompt);

    /**
     * Posts {@code text} as a new top-level message in the channel of {@code near} and returns the thread under it
     * (a fork lives in its own thread).
     */
    ThreadKey openThread(ThreadKey near, String text);

    /** Shares a small file in a thread (a build's results), with a one-line comment. */
    void shareFile(ThreadKey thread, String fileName, byte[] content, String comment);

    /**
     * Shows a build's status card in its thread: posted the first time, edited in place afterwards (the surface
     * keeps the card's message reference in {@link CardMessages} so that a restart edits the same card).
     *
     * @throws SurfaceBusy when the platform asks to slow down; the caller shows the latest card after the wait
     */
    void showCard(ThreadKey thread, BuildCard card);

    /** The sentences in which this surface differs ({@link Wording#CHAT} for the chat platforms). */
    default Wording wording() {
        return Wording.CHAT;
    }

    /** How a user is named in what the bot says: a mention on the chat platforms. */
    default String mention(String user) {
        return "<@" + user + ">";
    }
}
