package io.mltrainer.kaggle;

import okhttp3.HttpUrl;

/**
 * {@code KAGGLE_API_URL}: the base of Kaggle's API including its version, {@code https://api.kaggle.com/v1} by
 * default. A URL without the {@code /v1} (just the host) means the same and gets it added, so both forms work for
 * every Kaggle call mltrainer makes.
 */
final class KaggleApiUrl {
    static final String DEFAULT = "https://api.kaggle.com/v1";

    private KaggleApiUrl() {}

    /** The API base ending in {@code /v1}, from the variable's value (null or blank: Kaggle itself). */
    static HttpUrl parse(String value) {
        HttpUrl parsed = HttpUrl.parse(value == null || value.isBlank() ? DEFAULT : value.trim());
        if (parsed == null) {
            throw new IllegalArgumentException(
                    "KAGGLE_API_URL is not a URL: '" + value + "' (expected e.g. " + DEFAULT + ")");
        }
        var segments = parsed.pathSegments();
        HttpUrl.Builder builder = parsed.newBuilder();
        if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
            builder.removePathSegment(segments.size() - 1);
        }
        return segments.contains("v1")
                ? builder.build()
                : builder.addPathSegment("v1").build();
    }
}
