package io.mltrainer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The machine-readable code in a provider's error body ({@code authentication_error}, {@code invalid_api_key},
 * {@code API_KEY_INVALID}). Only such codes leave this class: error messages can quote part of the key.
 */
final class ErrorBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAFE_CODE = "[A-Za-z0-9_.-]{1,64}";

    private ErrorBodies() {}

    static Optional<String> code(String body) {
        JsonNode error = parse(body).path("error");
        return StreamSupport.stream(error.path("details").spliterator(), false)
                .map(d -> d.path("reason").asText(""))
                .filter(ErrorBodies::safe)
                .findFirst()
                .or(() -> first(error.path("code"), error.path("type"), error.path("status")));
    }

    /** Gemini says how long to wait in the body ({@code RetryInfo.retryDelay: "13s"}), not in a header. */
    static Optional<String> retryDelay(String body) {
        return StreamSupport.stream(parse(body).path("error").path("details").spliterator(), false)
                .map(d -> d.path("retryDelay").asText(""))
                .filter(s -> s.matches("\\d+(\\.\\d+)?s"))
                .map(s -> s.substring(0, s.length() - 1))
                .findFirst();
    }

    private static Optional<String> first(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node.isTextual() && safe(node.asText())) {
                return Optional.of(node.asText());
            }
        }
        return Optional.empty();
    }

    private static boolean safe(String code) {
        return code.matches(SAFE_CODE);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node == null ? JSON.missingNode() : node;
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}
