package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.http.HttpFailure;
import io.mltrainer.core.port.out.http.HttpFailures;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The calls of the Hugging Face dataset viewer ({@code HF_DATASETS_SERVER_URL}, by default
 * {@code https://datasets-server.huggingface.co}) that inspecting a dataset needs: {@code is-valid}, {@code splits},
 * {@code info}, {@code first-rows}, {@code size}. Errors are classified where they happen: 401 and 404 say what the
 * user can do, "not ready" and 5xx are transient.
 */
final class DatasetViewerApi {
    static final String DEFAULT_URL = "https://datasets-server.huggingface.co";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpUrl base;
    private final OkHttpClient http;

    DatasetViewerApi(String baseUrl, OkHttpClient http) {
        HttpUrl parsed = HttpUrl.parse(baseUrl == null || baseUrl.isBlank() ? DEFAULT_URL : baseUrl.trim());
        if (parsed == null) {
            throw new IllegalArgumentException("HF_DATASETS_SERVER_URL is not a URL: " + baseUrl);
        }
        this.base = parsed;
        this.http = http;
    }

    JsonNode isValid(String dataset, String token) {
        return get("is-valid", dataset, null, null, token);
    }

    JsonNode splits(String dataset, String token) {
        return get("splits", dataset, null, null, token);
    }

    JsonNode info(String dataset, String config, String token) {
        return get("info", dataset, config, null, token);
    }

    JsonNode firstRows(String dataset, String config, String split, String token) {
        return get("first-rows", dataset, config, split, token);
    }

    JsonNode size(String dataset, String token) {
        return get("size", dataset, null, null, token);
    }

    private JsonNode get(String endpoint, String dataset, String config, String split, String token) {
        HttpUrl.Builder url = base.newBuilder().addPathSegment(endpoint).addQueryParameter("dataset", dataset);
        if (config != null) {
            url.addQueryParameter("config", config);
        }
        if (split != null) {
            url.addQueryParameter("split", split);
        }
        Request.Builder request = new Request.Builder().url(url.build()).get();
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw failure(response.code(), response.header("X-Error-Code"), body, dataset, token != null);
            }
            return JSON.readTree(body);
        } catch (IOException e) {
            throw StageException.transientFailure(
                    "The Hugging Face dataset viewer could not be reached (" + e.getMessage() + ").", e);
        }
    }

    static StageException failure(int status, String code, String body, String dataset, boolean withToken) {
        String error = errorText(body);
        HttpFailure.Kind kind = HttpFailures.kindOfError(status);
        if (kind == HttpFailure.Kind.AUTHENTICATION) {
            return new StageException(
                    FailureKind.AUTHENTICATION,
                    withToken
                            ? "The Hugging Face Hub refused your token for " + dataset + " (" + status + "): check that"
                                    + " it can read the dataset and that you accepted its conditions on"
                                    + " huggingface.co/datasets/" + dataset + "."
                            : dataset + " is gated or private on the Hugging Face Hub (or does not exist), and I have"
                                    + " no token to read it. If it is gated, accept its conditions on"
                                    + " huggingface.co/datasets/" + dataset + " and give me a read token (in a"
                                    + " private message, or HF_TOKEN for the command line); otherwise check the id.");
        }
        if (kind == HttpFailure.Kind.NOT_FOUND) {
            return StageException.badInput("There is no dataset " + dataset + " on the Hugging Face Hub"
                    + (withToken ? " that your token can see" : "") + ". Check the id (owner/name).");
        }
        if ("ResponseNotReady".equals(code) || kind.retryable()) {
            return StageException.transientFailure(
                    "The Hugging Face dataset viewer is not ready with " + dataset + " yet (" + status
                            + (code == null ? "" : " " + code) + "); I will try again.",
                    null);
        }
        return StageException.badInput(
                "The Hugging Face dataset viewer refused the request for " + dataset + " (" + status + "): " + error);
    }

    private static String errorText(String body) {
        try {
            return JSON.readTree(body).path("error").asText(body);
        } catch (IOException e) {
            return body;
        }
    }
}
