package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.StageException;
import java.io.IOException;
import okhttp3.Headers;

/** One answer of the Hub, read in full so that the connection is released before anything is decided. */
record HubReply(int code, Headers headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    boolean ok() {
        return code >= 200 && code < 300;
    }

    /** {@code X-Error-Code} ({@code RepoNotFound}, {@code GatedRepo}, …), or empty. */
    String errorCode() {
        String code = headers.get("X-Error-Code");
        return code == null ? "" : code;
    }

    /** The Hub's own words: {@code {"error": …}}, else {@code X-Error-Message}, else empty. */
    String error() {
        try {
            String error = JSON.readTree(body).path("error").asText("");
            if (!error.isBlank()) {
                return error;
            }
        } catch (IOException e) {
            // not JSON (a proxy's HTML page): fall back to the header
        }
        String header = headers.get("X-Error-Message");
        return header == null ? "" : header;
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw StageException.transientFailure(
                    "Hugging Face answered " + code + " with a body that is not JSON.", e);
        }
    }
}
