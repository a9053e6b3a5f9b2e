package io.mltrainer.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One loopback server standing in for every external service of a canary run, each under its own path prefix:
 * {@code /anthropic} and {@code /openai} fail with 500 (a provider down), {@code /groq} answers like OpenAI's chat
 * API, {@code /hf} is the Hub's {@code whoami-v2} accepting one token, {@code /kaggle} refuses every credential as
 * Kaggle's API does. It keeps every request it saw.
 */
final class FakeServices implements AutoCloseable {
    record Seen(String path, String authorization, String body) {}

    private static final String GROQ_ANSWER = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1764324000,"model":"llama-3.3-70b-versatile",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Sure, I can help with that."},
             "logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":12,"completion_tokens":7,"total_tokens":19}}""";
    private static final String WHOAMI = """
            {"type":"user","name":"alice","fullname":"Alice","orgs":[],
             "auth":{"type":"access_token","accessToken":{"displayName":"ci","role":"write"}}}""";

    private final HttpServer server;
    private final String hubToken;
    private final List<Seen> seen = new ArrayList<>();

    FakeServices(String hubToken) throws IOException {
        this.hubToken = hubToken;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url(String service) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + service;
    }

    synchronized List<Seen> seen(String service) {
        return seen.stream()
                .filter(s -> s.path().startsWith("/" + service + "/"))
                .toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (this) {
            seen.add(new Seen(path, auth, body));
        }
        if (path.startsWith("/groq/")) {
            send(exchange, 200, path.endsWith("/models") ? "{\"object\":\"list\",\"data\":[]}" : GROQ_ANSWER);
        } else if (path.startsWith("/anthropic/")) {
            send(
                    exchange,
                    500,
                    "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server"
                            + " error\"}}");
        } else if (path.startsWith("/openai/")) {
            send(
                    exchange,
                    path.endsWith("/models") ? 401 : 500,
                    "{\"error\":{\"message\":\"The server had an error"
                            + "\",\"type\":\"server_error\",\"param\":null,\"code\":null}}");
        } else if (path.equals("/hf/api/whoami-v2")) {
            boolean ok = ("Bearer " + hubToken).equals(auth);
            send(exchange, ok ? 200 : 401, ok ? WHOAMI : "{\"error\":\"Invalid credentials in Authorization header\"}");
        } else if (path.startsWith("/kaggle/")) {
            send(exchange, 401, "{\"code\":16,\"message\":\"Unauthenticated: the credentials are not valid\"}");
        } else {
            send(exchange, 404, "{\"error\":\"not found\"}");
        }
    }

    private static void send(HttpExchange exchange, int code, String json) throws IOException {
        JsonReplies.send(exchange, code, json);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
