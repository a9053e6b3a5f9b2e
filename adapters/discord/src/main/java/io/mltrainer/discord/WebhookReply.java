package io.mltrainer.discord;

import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An interaction from the HTTP endpoint: the first response is the HTTP answer ({@link #response()}); edits and
 * follow-ups go to the interaction's webhook once that answer was sent (Discord knows no deferral before).
 */
final class WebhookReply implements InteractionReply {
    static final int EPHEMERAL = 64;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookReply.class);

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
        afterAnswer(
                () -> rest.editOriginal(applicationId, token, DataObject.empty().put("content", text)));
    }

    @Override
    public void followUp(String text, boolean ephemeral) {
        afterAnswer(() -> rest.followUp(applicationId, token, message(text, ephemeral)));
    }

    /** At once when the HTTP answer went out; else right after it (never blocking the thread that answers). */
    private void afterAnswer(Runnable call) {
        if (answered.isDone()) {
            call.run();
            return;
        }
        answered.thenRun(call).exceptionally(e -> {
            LOG.warn("Discord: an interaction's webhook call failed: {}", e.getMessage());
            return null;
        });
    }

    private static DataObject message(String text, boolean ephemeral) {
        DataObject message = DataObject.empty().put("content", text);
        return ephemeral ? message.put("flags", EPHEMERAL) : message;
    }
}
