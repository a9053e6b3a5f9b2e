package io.mltrainer.discord;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * An interaction from the HTTP endpoint: the first response is the HTTP answer ({@link #response()}); edits and
 * follow-ups go to the interaction's webhook, after that answer was sent (Discord knows no deferral before).
 */
final class WebhookReply implements InteractionReply {
    static final int EPHEMERAL = 64;
    private static final long ANSWER_WAIT_SECONDS = 5;

    private final DiscordRest rest;
    private final String applicationId;
    private final String token;
    private final CompletableFuture<DataObject> response = new CompletableFuture<>();
    private final CompletableFuture<Void> answered = new CompletableFuture<>();

    WebhookReply(DiscordRest rest, String applicationId, String token) {
        this.rest = rest;
        this.applicationId = applicationId;
        this.token = token;
    }

    /** The first response, once the handler chose it. */
    CompletableFuture<DataObject> response() {
        return response;
    }

    /** The HTTP answer was written: webhook calls may go now. */
    void answered() {
        answered.complete(null);
    }

    @Override
    public void reply(String text, boolean ephemeral) {
        response.complete(DataObject.empty().put("type", 4).put("data", message(text, ephemeral)));
    }

    @Override
    public void defer(boolean ephemeral) {
        DataObject deferred = DataObject.empty().put("type", 5);
        if (ephemeral) {
            deferred.put("data", DataObject.empty().put("flags", EPHEMERAL));
        }
        response.complete(deferred);
    }

    @Override
    public void deferUpdate() {
        response.complete(DataObject.empty().put("type", 6));
    }

    @Override
    public void modal(Modal modal) {
        response.complete(DataObject.empty().put("type", 9).put("data", modal.toData()));
    }

    @Override
    public void editOriginal(String text) {
        awaitAnswer();
        rest.editOriginal(applicationId, token, DataObject.empty().put("content", text));
    }

    @Override
    public void followUp(String text, boolean ephemeral) {
        awaitAnswer();
        rest.followUp(applicationId, token, message(text, ephemeral));
    }

    private static DataObject message(String text, boolean ephemeral) {
        DataObject message = DataObject.empty().put("content", text);
        return ephemeral ? message.put("flags", EPHEMERAL) : message;
    }

    private void awaitAnswer() {
        try {
            answered.get(ANSWER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the interaction was never answered", e);
        }
    }
}
