package io.mltrainer.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback Hub that knows one write token and accepts dataset repositories, preuploads (small files inline) and
 * commits, as huggingface.co does.
 */
final class FakeHubForStaging implements AutoCloseable {
    static final String TOKEN = "hf_StageWriteToken0123456789AbCdEfGh";

    private final HttpServer server;
    final Map<String, String> commits = new ConcurrentHashMap<>();

    FakeHubForStaging() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":\"Invalid credentials in Authorization header\"}");
        } else if (path.equals("/api/whoami-v2")) {
            send(
                    exchange,
                    200,
                    "{\"type\":\"user\",\"name\":\"alice\",\"orgs\":[],\"auth\":{\"type\":"
                            + "\"access_token\",\"accessToken\":{\"displayName\":\"ci\",\"role\":\"write\"}}}");
        } else if (path.equals("/api/repos/create")) {
            send(exchange, 200, "{\"url\":\"https://hub.example/datasets/alice/x\"}");
        } else if (path.endsWith("/preupload/main")) {
            // small text files go inline, as on huggingface.co
            String file = body.replaceAll("(?s).*\"path\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            send(
                    exchange,
                    200,
                    "{\"files\":[{\"path\":\"" + file + "\",\"uploadMode\":\"regular\",\"shouldIgnore\":false}]}");
        } else if (path.endsWith("/commit/main")) {
            commits.put(path, body);
            send(exchange, 200, "{\"commitUrl\":\"https://hub.example/c\",\"commitOid\":\"abc\"}");
        } else {
            send(exchange, 404, "{\"error\":\"Repository not found\"}");
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
