package io.mltrainer.discord;

import java.io.IOException;
import java.util.Optional;
import net.dv8tion.jda.api.exceptions.ParsingException;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /discord/interactions}, Discord's "Interactions Endpoint URL": every request's Ed25519 signature is
 * checked first (401 when it is missing, wrong or stale); a PING is answered {@code {"type":1}}; commands, buttons
 * and modal submits are answered by the {@link InteractionHandler} in the HTTP response (a deferral or a modal) and
 * completed through the interaction's webhook, so whichever replica receives an interaction finishes it. It speaks
 * no HTTP server's API: the server that serves it reads the {@link Request} and writes the {@link Response}.
 */
public final class InteractionsEndpoint {
    static final String PATH = "/discord/interactions";
    private static final Logger LOG = LoggerFactory.getLogger(InteractionsEndpoint.class);

    private final InteractionSignature signature;
    private final InteractionHandler handler;
    private final DiscordRest rest;
    private final String applicationId;

    InteractionsEndpoint(
            InteractionSignature signature, InteractionHandler handler, DiscordRest rest, String applicationId) {
        this.signature = signature;
        this.handler = handler;
        this.rest = rest;
        this.applicationId = applicationId;
    }

    /** A request to the endpoint as the HTTP server read it: the signature headers are null when missing. */
    public record Request(String method, String path, String signature, String timestamp, byte[] body) {}

    /** Writes the HTTP answer (a JSON body); once it returns, the interaction's webhook calls may go. */
    @FunctionalInterface
    public interface Response {
        void send(int status, String json) throws IOException;
    }

    public void handle(Request request, Response response) throws IOException {
        if (!request.path().equals(PATH)) {
            response.send(404, "{\"error\":\"not found\"}");
            return;
        }
        if (!request.method().equals("POST")) {
            response.send(405, "{\"error\":\"POST only\"}");
            return;
        }
        byte[] body = request.body();
        if (!signature.verify(request.signature(), request.timestamp(), body)) {
            response.send(401, "{\"error\":\"invalid request signature\"}");
            return;
        }
        DataObject json;
        try {
            json = DataObject.fromJson(body);
        } catch (ParsingException e) {
            response.send(400, "{\"error\":\"not JSON\"}");
            return;
        }
        if (json.getInt("type", 0) == InteractionPayloads.PING) {
            response.send(200, "{\"type\":1}");
            return;
        }
        answer(response, json);
    }

    private void answer(Response response, DataObject json) throws IOException {
        Optional<Interaction> interaction;
        try {
            interaction = InteractionPayloads.read(json);
        } catch (ParsingException e) {
            response.send(400, "{\"error\":\"not an interaction\"}");
            return;
        }
        if (interaction.isEmpty()) {
            response.send(400, "{\"error\":\"unsupported interaction type\"}");
            return;
        }
        WebhookReply reply =
                new WebhookReply(rest, json.getString("application_id", applicationId), json.getString("token"));
        try {
            handler.handle(interaction.get(), reply);
            response.send(
                    200,
                    reply.response().getNow(alreadyHandled(interaction.get())).toString());
        } catch (RuntimeException e) {
            LOG.warn("Discord interaction {} failed: {}", interaction.get().id(), e.getMessage());
            response.send(500, "{\"error\":\"internal error\"}");
        } finally {
            reply.answered();
        }
    }

    /** A repeated delivery, or a component that is not mltrainer's: acknowledged without a change. */
    private static DataObject alreadyHandled(Interaction interaction) {
        if (interaction instanceof Interaction.ButtonPress) {
            return DataObject.empty().put("type", 6);
        }
        return DataObject.empty()
                .put("type", 4)
                .put(
                        "data",
                        DataObject.empty().put("content", "Already handled.").put("flags", WebhookReply.EPHEMERAL));
    }
}
