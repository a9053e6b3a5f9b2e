package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.http.HttpFailure;
import io.mltrainer.core.port.out.http.HttpFailures;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The dataset calls of Kaggle's API ({@code KAGGLE_API_URL}, see {@link KaggleApiUrl}):
 * {@code POST /v1/datasets.DatasetApiService/{Method}} with camelCase JSON. Errors come as HTTP status or as
 * {@code {"code", "message"}} / {@code errorMessage} inside a 200; both are classified here.
 */
final class KaggleDatasetsApi {
    private static final String SERVICE = "datasets.DatasetApiService";
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Files per page asked of Kaggle (it may send fewer). */
    static final int PAGE_SIZE = 200;
    /** 100 pages of 200: far more files than a dataset has that anyone trains on. */
    static final int MAX_PAGES = 100;

    private final HttpUrl base;
    private final OkHttpClient http;

    KaggleDatasetsApi(String baseUrl, OkHttpClient http) {
        this.base = KaggleApiUrl.parse(baseUrl);
        this.http = http;
    }

    JsonNode metadata(KaggleAuth auth, String owner, String slug) {
        return call(auth, "GetDatasetMetadata", request(owner, slug), owner + "/" + slug);
    }

    /**
     * Every file of the dataset, over all pages ({@code pageToken} / {@code nextPageToken}); at most
     * {@link #MAX_PAGES} pages, so a service that keeps answering the same token cannot hold the build.
     */
    List<JsonNode> files(KaggleAuth auth, String owner, String slug) {
        List<JsonNode> files = new ArrayList<>();
        String token = "";
        for (int page = 0; page < MAX_PAGES; page++) {
            ObjectNode body = request(owner, slug).put("pageSize", PAGE_SIZE);
            if (!token.isEmpty()) {
                body.put("pageToken", token);
            }
            JsonNode reply = call(auth, "ListDatasetFiles", body, owner + "/" + slug);
            reply.path("datasetFiles").forEach(files::add);
            token = reply.path("nextPageToken").asText("");
            if (token.isBlank()) {
                return files;
            }
        }
        return files;
    }

    /**
     * The first {@code maxBytes} of one file (the service redirects to storage, which honours ranges); the stream
     * may be a zip of the file.
     */
    byte[] head(KaggleAuth auth, String owner, String slug, String file, int maxBytes) {
        ObjectNode body = request(owner, slug).put("fileName", file);
        Request request = post(auth, "DownloadDataset", body)
                .newBuilder()
                .header("Range", "bytes=0-" + (maxBytes - 1))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw failure(response.code(), auth.scrub(response.body().string()), owner + "/" + slug);
            }
            try (InputStream in = response.body().byteStream()) {
                return in.readNBytes(maxBytes);
            }
        } catch (IOException e) {
            throw StageException.transientFailure("Kaggle could not be reached (" + e.getMessage() + ").", e);
        }
    }

    private JsonNode call(KaggleAuth auth, String method, ObjectNode body, String dataset) {
        try (Response response = http.newCall(post(auth, method, body)).execute()) {
            String text = auth.scrub(response.body().string());
            if (!response.isSuccessful()) {
                throw failure(response.code(), text, dataset);
            }
            JsonNode json = JSON.readTree(text);
            if (json.path("code").asInt(0) >= 400) {
                throw failure(json.path("code").asInt(), text, dataset);
            }
            String error = json.path("errorMessage").asText("");
            if (!error.isBlank()) {
                throw StageException.badInput("Kaggle says about " + dataset + ": " + error);
            }
            return json;
        } catch (IOException e) {
            throw StageException.transientFailure("Kaggle could not be reached (" + e.getMessage() + ").", e);
        }
    }

    private Request post(KaggleAuth auth, String method, ObjectNode body) {
        HttpUrl url =
                base.newBuilder().addPathSegment(SERVICE).addPathSegment(method).build();
        return new Request.Builder()
                .url(url)
                .header("Authorization", auth.header())
                .post(RequestBody.create(body.toString(), JSON_TYPE))
                .build();
    }

    private static ObjectNode request(String owner, String slug) {
        return JSON.createObjectNode().put("ownerSlug", owner).put("datasetSlug", slug);
    }

    static StageException failure(int status, String body, String dataset) {
        String message = message(body);
        HttpFailure.Kind kind = HttpFailures.kindOfError(status);
        if (kind == HttpFailure.Kind.AUTHENTICATION) {
            return new StageException(
                    FailureKind.AUTHENTICATION,
                    "Kaggle refused the credentials for " + dataset + " (" + status
                            + (message.isEmpty() ? "" : ": " + message)
                            + "). Check your Kaggle API token (KAGGLE_API_TOKEN), or the username and key"
                            + " of kaggle.json, and that you accepted the dataset's rules on kaggle.com.");
        }
        if (kind == HttpFailure.Kind.NOT_FOUND) {
            return StageException.badInput("There is no Kaggle dataset " + dataset + " (or it is private to someone"
                    + " else). Check the reference (owner/dataset-slug, as in kaggle.com/datasets/owner/slug).");
        }
        if (kind.retryable()) {
            return StageException.transientFailure(
                    "Kaggle is busy (" + status + ") with " + dataset + "; I will try again.", null);
        }
        return StageException.badInput("Kaggle refused the request for " + dataset + " (" + status + "): " + message);
    }

    private static String message(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json.path("message").asText(json.path("error").asText(""));
        } catch (IOException e) {
            return body == null ? "" : body.strip();
        }
    }
}
