package io.mltrainer.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.dv8tion.jda.api.exceptions.ParsingException;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /discord/interactions}, Discord's "Interactions Endpoint URL": every request's Ed25519 signature is
 * checked first (401 when it is missing, wrong or stale); a PING is answered {@code {"type":1}}; commands, buttons
 * and modal submits are answered by the {@link InteractionHandler} in the HTTP response (a deferral or a modal) and
 * completed through the interaction's webhook, so whichever replica receives an interaction finishes it.
 */
final class InteractionsEndpoint implements HttpHandler {
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

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                send(exchange, 404, "{\"error\":\"not found\"}");
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, "{\"error\":\"POST only\"}");
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            if (!signature.verify(
                    headers.getFirst("X-Signature-Ed25519"), headers.getFirst("X-Signature-Timestamp"), body)) {
                send(exchange, 401, "{\"error\":\"invalid request signature\"}");
                return;
            }
            DataObject json;
            try {
                json = DataObject.fromJson(body);
            } catch (ParsingException e) {
                send(exchange, 400, "{\"error\":\"not JSON\"}");
                return;
            }
            if (json.getInt("type", 0) == InteractionPayloads.PING) {
                send(exchange, 200, "{\"type\":1}");
                return;
            }
            answer(exchange, json);
        }
    }

    private void answer(HttpExchange exchange, DataObject json) throws IOException {
        Optional<Interaction> interaction;
        try {
            interaction = InteractionPayloads.read(json);
        } catch (ParsingException e) {
            send(exchange, 400, "{\"error\":\"not an interaction\"}");
            return;
        }
        if (interaction.isEmpty()) {
            send(exchange, 400, "{\"error\":\"unsupported interaction type\"}");
            return;
        }
        WebhookReply reply =
                new WebhookReply(rest, json.getString("application_id", applicationId), json.getString("token"));
        try {
            handler.handle(interaction.get(), reply);
            send(
                    exchange,
                    200,
                    reply.response().getNow(alreadyHandled(interaction.get())).toString());
        } catch (RuntimeException e) {
            LOG.warn("Discord interaction {} failed: {}", interaction.get().id(), e.getMessage());
            send(exchange, 500, "{\"error\":\"internal error\"}");
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

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
