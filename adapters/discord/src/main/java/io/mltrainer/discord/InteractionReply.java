package io.mltrainer.discord;

import net.dv8tion.jda.api.modals.Modal;

/**
 * How an interaction is answered: first one response within Discord's 3 s (a message, a deferral, or a modal),
 * then, for a deferral, the original response edited and follow-ups sent through the interaction's webhook. Through
 * the gateway JDA answers; through the HTTP endpoint the first response is the HTTP answer and the rest goes to
 * {@code /webhooks/{application}/{token}}, so any replica can finish it.
 */
interface InteractionReply {
    /** Answers at once with a message (type 4). */
    void reply(String text, boolean ephemeral);

    /** "Thinking…" (type 5, DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE); ephemeral: only the user sees it. */
    void defer(boolean ephemeral);

    /** Acknowledges a button without changing its message (type 6, DEFERRED_UPDATE_MESSAGE). */
    void deferUpdate();

    /** Opens a modal (type 9). */
    void modal(Modal modal);

    /** Replaces the deferred response. */
    void editOriginal(String text);

    /** Sends a follow-up message. */
    void followUp(String text, boolean ephemeral);
}
