package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.http.HttpFailure;
import io.mltrainer.core.port.out.http.HttpFailures;
import io.mltrainer.core.port.out.http.RetryAfter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Calls of Kaggle's current API used to run notebooks ({@code POST {base}/{service}/{Method}}, camelCase JSON),
 * with errors classified where they arrive: as HTTP status, or as {@code {"code": >= 400, "message"}} inside a 200.
 * Storage transfers (the blob upload, output downloads) go to pre-signed URLs without the Authorization header.
 */
final class KaggleRpc {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final HttpUrl base;
    private final OkHttpClient http;
    private final Clock clock;

    KaggleRpc(String baseUrl, OkHttpClient http) {
        this(baseUrl, http, Clock.systemUTC());
    }

    KaggleRpc(String baseUrl, OkHttpClient http, Clock clock) {
        this.base = KaggleApiUrl.parse(baseUrl);
        this.http = http;
        this.clock = clock;
    }

    ObjectNode body() {
        return JSON.createObjectNode();
    }

    /** {@code what} names the request in error messages ("starting the notebook"). */
    JsonNode call(KaggleAuth auth, String service, String method, ObjectNode body, String what) {
        HttpUrl url =
                base.newBuilder().addPathSegment(service).addPathSegment(method).build();
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", auth.header())
                .post(RequestBody.create(body.toString(), JSON_TYPE))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String text = auth.scrub(response.body().string());
            JsonNode json = parse(text);
            int code =
                    response.code() >= 400 ? response.code() : json.path("code").asInt(0);
            if (code >= 400) {
                throw failure(
                        code,
                        json.path("message").asText(""),
                        auth,
                        what,
                        RetryAfter.parse(response.header("Retry-After"), clock));
            }
            return json;
        } catch (IOException e) {
            throw StageException.transientFailure(
                    "Kaggle (" + base.host() + ") could not be reached while " + what + " (" + e.getMessage() + ").",
                    e);
        }
    }

    /** PUTs a file to a pre-signed storage URL (no Authorization: the URL carries its own grant). */
    void upload(String url, Path file, String contentType) {
        Request request = new Request.Builder()
                .url(url)
                .put(RequestBody.create(file.toFile(), MediaType.get(contentType)))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw storageFailure(response.code(), "uploading " + file.getFileName());
            }
        } catch (IOException e) {
            throw StageException.transientFailure(
                    "Uploading " + file.getFileName() + " to Kaggle failed (" + e.getMessage() + ").", e);
        }
    }

    /** GETs a pre-signed URL into {@code target} (no Authorization: storage hosts must not see the credential). */
    void download(String url, Path target) {
        Request request = new Request.Builder().url(url).get().build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw storageFailure(response.code(), "downloading " + target.getFileName());
            }
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try (InputStream in = response.body().byteStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw StageException.transientFailure(
                    "Downloading " + target.getFileName() + " from Kaggle failed (" + e.getMessage() + ").", e);
        }
    }

    private static StageException storageFailure(int code, String what) {
        return HttpFailures.kindOfError(code).retryable()
                ? StageException.transientFailure("Kaggle's storage answered " + code + " when " + what + ".", null)
                : StageException.badInput("Kaggle's storage refused " + what + " (" + code + ").");
    }

    static StageException failure(
            int code, String message, KaggleAuth auth, String what, Optional<Duration> retryAfter) {
        HttpFailure.Kind kind = HttpFailures.kindOfError(code);
        if (kind == HttpFailure.Kind.AUTHENTICATION) {
            return new StageException(
                    FailureKind.AUTHENTICATION,
                    KaggleClient.refused(auth, code + (message.isBlank() ? "" : ": " + message)) + " (while " + what
                            + ")");
        }
        if (kind == HttpFailure.Kind.RATE_LIMITED) {
            return StageException.transientFailure(
                    "Kaggle is rate-limiting requests (429) while " + what + "; " + RetryAfter.advice(retryAfter) + ".",
                    null);
        }
        if (kind == HttpFailure.Kind.UNAVAILABLE) {
            return StageException.transientFailure(
                    "Kaggle had a server error (" + code + ") while " + what + "; retry in a minute.", null);
        }
        return StageException.badInput(
                "Kaggle refused " + what + " (" + code + (message.isBlank() ? "" : ": " + message) + ").");
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json == null ? JSON.createObjectNode() : json;
        } catch (IOException e) {
            return JSON.createObjectNode(); // a proxy's HTML error page: the status code says enough
        }
    }
}
