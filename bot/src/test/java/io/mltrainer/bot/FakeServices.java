package io.mltrainer.bot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mltrainer.core.domain.secrets.SecretRef;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One loopback server standing in for every external service of a canary run, each under its own path prefix, and
 * as careless as a service can be: every refusal and failure quotes the credential it was given. {@code /anthropic}
 * and {@code /openai} fail with 500 (providers down; OpenAI's key check says 401), {@code /gemini} refuses keys with
 * 400 {@code API_KEY_INVALID}, {@code /groq} answers like OpenAI's chat API and, the first time it sees secret
 * references in a conversation, asks to check each of them with a tool; {@code /hf} is the Hub's {@code whoami-v2}
 * accepting one token, {@code /datasets} (the dataset viewer) and {@code /kaggle} refuse every credential. It keeps every request it saw.
 */
final class FakeServices implements AutoCloseable {
    /** A request as received; {@code credential} is whatever header carried one, Basic decoded. */
    record Seen(String path, String credential, String body) {}

    private static final Pattern TOOL_RESULT = Pattern.compile("\"role\"\\s*:\\s*\"tool\"");
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

    /** What the named services received, in order. */
    synchronized List<Seen> seen(String... services) {
        return seen.stream()
                .filter(s -> Stream.of(services).anyMatch(service -> s.path().startsWith("/" + service + "/")))
                .toList();
    }

    /** The chat requests to {@code /groq} that brought the results of the tools it asked for. */
    List<Seen> toolResultsToGroq() {
        return seen("groq").stream()
                .filter(s -> TOOL_RESULT.matcher(s.body()).find())
                .toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String credential = credential(exchange);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (this) {
            seen.add(new Seen(path, credential, body));
        }
        String quoted = credential == null ? "none" : credential;
        if (path.startsWith("/groq/")) {
            send(exchange, 200, path.endsWith("/models") ? "{\"object\":\"list\",\"data\":[]}" : chat(body));
        } else if (path.startsWith("/anthropic/")) {
            send(
                    exchange,
                    500,
                    "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error"
                            + " serving key " + quoted + "\"}}");
        } else if (path.startsWith("/openai/")) {
            boolean check = path.endsWith("/models");
            send(
                    exchange,
                    check ? 401 : 500,
                    "{\"error\":{\"message\":\"Incorrect API key provided: " + quoted + "\",\"type\":\""
                            + (check ? "invalid_request_error" : "server_error") + "\",\"param\":null,\"code\":"
                            + (check ? "\"invalid_api_key\"" : "null") + "}}");
        } else if (path.startsWith("/gemini/")) {
            send(
                    exchange,
                    400,
                    "{\"error\":{\"code\":400,\"message\":\"API key not valid: " + quoted + "\",\"status\":"
                            + "\"INVALID_ARGUMENT\",\"details\":[{\"reason\":\"API_KEY_INVALID\"}]}}");
        } else if (path.equals("/hf/api/whoami-v2")) {
            boolean ok = hubToken.equals(credential);
            send(
                    exchange,
                    ok ? 200 : 401,
                    ok ? WHOAMI : "{\"error\":\"Invalid credentials in Authorization header: " + quoted + "\"}");
        } else if (path.startsWith("/datasets/")) {
            send(
                    exchange,
                    401,
                    "{\"error\":\"The dataset does not exist, or is not accessible with the current credentials" + " ("
                            + quoted + ").\"}");
        } else if (path.startsWith("/kaggle/")) {
            send(exchange, 401, "{\"code\":16,\"message\":\"Unauthenticated: " + quoted + " is not valid\"}");
        } else {
            send(exchange, 404, "{\"error\":\"not found: " + quoted + "\"}");
        }
    }

    /**
     * A chat completion. The first time a conversation offering tools holds secret references, the model asks to
     * check every one it can (so the tools' refusals, which quote the credentials above, come back to it).
     */
    private static String chat(String body) {
        Set<String> calls = new LinkedHashSet<>();
        if (body.contains("validate_kaggle_credentials")
                && !TOOL_RESULT.matcher(body).find()) {
            Matcher ref = SecretRef.PATTERN.matcher(body);
            while (ref.find()) {
                String arguments = arguments(ref.group(1), ref.group());
                if (arguments != null) {
                    calls.add(arguments);
                }
            }
        }
        String message = calls.isEmpty()
                ? "{\"role\":\"assistant\",\"content\":\"Sure, I can help with that.\"}"
                : "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[" + toolCalls(calls) + "]}";
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764324000,"
                + "\"model\":\"llama-3.3-70b-versatile\",\"choices\":[{\"index\":0,\"message\":" + message
                + ",\"logprobs\":null,\"finish_reason\":\"" + (calls.isEmpty() ? "stop" : "tool_calls") + "\"}],"
                + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":7,\"total_tokens\":19}}";
    }

    /** The tool and its arguments (a JSON object) that check a credential of {@code kind}; null for none. */
    private static String arguments(String kind, String ref) {
        return switch (kind) {
            case "hf_token" -> "validate_hf_token|{\"token\":\"" + ref + "\"}";
            case "kaggle_token" -> "validate_kaggle_credentials|{\"token\":\"" + ref + "\"}";
            case "kaggle_key" -> "validate_kaggle_credentials|{\"username\":\"alice\",\"key\":\"" + ref + "\"}";
            case "openai_key", "anthropic_key", "gemini_key", "groq_key" ->
                "validate_llm_key|{\"provider\":\"" + kind.replace("_key", "") + "\",\"key\":\"" + ref + "\"}";
            default -> null;
        };
    }

    private static String toolCalls(Set<String> calls) {
        List<String> json = new ArrayList<>();
        for (String call : calls) {
            String name = call.substring(0, call.indexOf('|'));
            String arguments = call.substring(call.indexOf('|') + 1).replace("\"", "\\\"");
            json.add("{\"id\":\"call_" + json.size() + "\",\"type\":\"function\",\"function\":{\"name\":\"" + name
                    + "\",\"arguments\":\"" + arguments + "\"}}");
        }
        return json.stream().collect(Collectors.joining(","));
    }

    private static String credential(HttpExchange exchange) {
        for (String header : List.of("x-api-key", "x-goog-api-key")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                return value;
            }
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            return null;
        }
        if (authorization.startsWith("Basic ")) {
            return new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        }
        return authorization.replaceFirst("^Bearer ", "");
    }

    private static void send(HttpExchange exchange, int code, String json) throws IOException {
        JsonReplies.send(exchange, code, json);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
