package io.mltrainer.discord;

import io.mltrainer.core.domain.ThreadKey;
import java.util.Optional;

/**
 * An interaction as mltrainer reads it, whether it came through the gateway (JDA's events) or the HTTP interactions
 * endpoint (Discord's JSON): who, where, and what.
 */
sealed interface Interaction {
    /** Discord's interaction id (de-duplication). */
    String id();

    String user();

    /** Where it happened: a build's thread, a channel, or a DM. */
    ThreadKey place();

    /** A slash command; {@code request} and {@code dataset} are only set for {@code /train}. */
    record SlashCommand(
            String id, String user, ThreadKey place, String name, String request, Optional<Attachment> dataset)
            implements Interaction {}

    /** A button of one of mltrainer's messages. */
    record ButtonPress(String id, String user, ThreadKey place, String componentId) implements Interaction {}

    /** A submitted modal: its id and the value of the credential field. */
    record ModalSubmit(String id, String user, ThreadKey place, String modalId, String value) implements Interaction {}

    /** A shared file: its name, its size in bytes and where Discord's CDN serves it. */
    record Attachment(String fileName, long size, String url) {}
}
