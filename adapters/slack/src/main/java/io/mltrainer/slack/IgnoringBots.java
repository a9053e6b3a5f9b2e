package io.mltrainer.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;

/**
 * Self-filtering as a Bolt middleware: an event posted by a bot (ours, whose replies come back as thread messages,
 * or any other) is acknowledged here and reaches no handler, so no bot talks to itself or to another.
 */
final class IgnoringBots implements Middleware {
    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware declares the raw type
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req instanceof EventRequest events && fromABot(events)) {
            return req.getContext().ack();
        }
        return chain.next(req);
    }

    static boolean fromABot(EventRequest req) {
        JsonElement body = JsonParser.parseString(req.getRequestBodyAsString());
        JsonObject event = body.isJsonObject() ? body.getAsJsonObject().getAsJsonObject("event") : null;
        if (event == null) {
            return false;
        }
        String botUser = req.getContext().getBotUserId();
        return text(event, "bot_id") != null || (botUser != null && botUser.equals(text(event, "user")));
    }

    private static String text(JsonObject event, String name) {
        JsonElement value = event.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
