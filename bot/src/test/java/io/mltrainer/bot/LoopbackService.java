package io.mltrainer.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A stand-in for an external HTTP service on loopback: it keeps every request it receives (method, path, headers
 * that carry credentials, body) and answers each with what its responder says, in the service's own JSON.
 */
final class LoopbackService implements AutoCloseable {
    /** One request as the service received it. */
    record Exchange(String method, String path, String authorization, String apiKey, String body) {
        /** The credential the caller presented, whatever the header. */
        String credential() {
            String bearer = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
            return apiKey != null ? apiKey : bearer;
        }
    }

    /** What the service says back. */
    record Answer(int status, String json) {}

    private final HttpServer server;
    private final List<Exchange> seen = new CopyOnWriteArrayList<>();

    private LoopbackService(Function<Exchange, Answer> responder) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> answer(exchange, responder));
        server.start();
    }

    static LoopbackService answering(Function<Exchange, Answer> responder) {
        return new LoopbackService(responder);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Exchange> seen() {
        return List.copyOf(seen);
    }

    private void answer(HttpExchange exchange, Function<Exchange, Answer> responder) throws IOException {
        Exchange request = new Exchange(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                first(exchange, "x-api-key", "x-goog-api-key"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        seen.add(request);
        Answer answer = responder.apply(request);
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String first(HttpExchange exchange, String... headers) {
        for (String header : headers) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
