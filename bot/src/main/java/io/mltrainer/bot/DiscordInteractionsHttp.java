package io.mltrainer.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.mltrainer.discord.InteractionsEndpoint;
import java.io.IOException;

/** Serves Discord's interactions endpoint on the bot's HTTP server, answering through {@link HttpReplies}. */
final class DiscordInteractionsHttp implements HttpHandler {
    private final InteractionsEndpoint endpoint;

    DiscordInteractionsHttp(InteractionsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getRequestHeaders();
            InteractionsEndpoint.Request request = new InteractionsEndpoint.Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    headers.getFirst("X-Signature-Ed25519"),
                    headers.getFirst("X-Signature-Timestamp"),
                    exchange.getRequestBody().readAllBytes());
            endpoint.handle(request, (status, json) -> HttpReplies.send(exchange, status, HttpReplies.JSON, json));
        }
    }
}
