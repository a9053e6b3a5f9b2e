package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Typed answers of the dataset viewer ({@code HF_DATASETS_SERVER_URL}, by default
 * {@code https://datasets-server.huggingface.co}) for quick checks. Errors are those of {@link DatasetViewerApi}: 401
 * ({@code ExternalUnauthenticatedError}) says a token is needed for a gated or private dataset, 404 that it does not
 * exist for that token, {@code ResponseNotReady} and 5xx are transient.
 */
public final class DatasetViewerClient {
    public static final String DEFAULT_URL = DatasetViewerApi.DEFAULT_URL;

    private final DatasetViewerApi api;

    /** @param baseUrl {@code HF_DATASETS_SERVER_URL}; null or blank for the public viewer */
    public static DatasetViewerClient create(String baseUrl) {
        return new DatasetViewerClient(
                baseUrl,
                new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build());
    }

    public DatasetViewerClient(String baseUrl, OkHttpClient http) {
        this.api = new DatasetViewerApi(baseUrl, http);
    }

    /** @param token a Hub token for gated or private datasets; may be null */
    public ViewerStatus isValid(String dataset, String token) {
        JsonNode json = api.isValid(dataset, blankToNull(token));
        return new ViewerStatus(
                json.path("preview").asBoolean(false),
                json.path("viewer").asBoolean(false),
                json.path("search").asBoolean(false),
                json.path("filter").asBoolean(false),
                json.path("statistics").asBoolean(false));
    }

    /** @param token a Hub token for gated or private datasets; may be null */
    public List<DatasetSplit> splits(String dataset, String token) {
        List<DatasetSplit> splits = new ArrayList<>();
        for (JsonNode s : api.splits(dataset, blankToNull(token)).path("splits")) {
            splits.add(
                    new DatasetSplit(s.path("config").asText(), s.path("split").asText()));
        }
        return splits;
    }

    private static String blankToNull(String token) {
        return token == null || token.isBlank() ? null : token;
    }
}
