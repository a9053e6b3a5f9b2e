package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.http.HttpFailure;
import io.mltrainer.core.port.out.http.HttpFailures;
import io.mltrainer.core.port.out.http.RetryAfter;
import java.io.IOException;
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
 * Kaggle's current API ({@code KAGGLE_API_URL}, by default {@code https://api.kaggle.com/v1}; a URL without the
 * {@code /v1} is accepted too): {@code POST {base}/{service}/{Method}} with camelCase JSON. Errors arrive as HTTP
 * status or as {@code {"code": >= 400, "message"}} inside a 200; both are classified here, a refused credential as
 * {@code AUTHENTICATION} with a message that says which kind was tried and how to get a new one.
 */
public final class KaggleClient {
    public static final String DEFAULT_URL = KaggleApiUrl.DEFAULT;
    static final String SETTINGS_PAGE = "https://www.kaggle.com/settings";
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpUrl base;
    private final OkHttpClient http;
    private final Clock clock;

    /** @param baseUrl {@code KAGGLE_API_URL}; null or blank for Kaggle itself */
    public static KaggleClient create(String baseUrl) {
        return new KaggleClient(
                baseUrl,
                new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build());
    }

    public KaggleClient(String baseUrl, OkHttpClient http) {
        this(baseUrl, http, Clock.systemUTC());
    }

    KaggleClient(String baseUrl, OkHttpClient http, Clock clock) {
        this.base = KaggleApiUrl.parse(baseUrl);
        this.http = http;
        this.clock = clock;
    }

    /** The account of a new-style API token ({@code Authorization: Bearer}). */
    public Optional<String> helloWithToken(String token) {
        return hello(new KaggleAuth(token, null, null));
    }

    /** The account of a legacy username and key from {@code kaggle.json} (HTTP Basic). */
    public Optional<String> helloWithKey(String username, String key) {
        return hello(new KaggleAuth(null, username, key));
    }

    /**
     * The user name Kaggle gives for the credentials ({@code api.v1.DiagnosticsService/Hello}); empty if Kaggle
     * accepted them without saying whose they are.
     */
    Optional<String> hello(KaggleAuth auth) {
        JsonNode reply = call(auth, "api.v1.DiagnosticsService", "Hello");
        String name = reply.path("userName").asText("");
        return name.isBlank() ? Optional.ofNullable(auth.username()) : Optional.of(name);
    }

    private JsonNode call(KaggleAuth auth, String service, String method) {
        HttpUrl url =
                base.newBuilder().addPathSegment(service).addPathSegment(method).build();
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", auth.header())
                .post(RequestBody.create("{}", JSON_TYPE))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            JsonNode json = parse(body);
            int code =
                    response.code() >= 400 ? response.code() : json.path("code").asInt(0);
            if (code >= 400) {
                throw failure(
                        code,
                        auth.scrub(json.path("message").asText("")),
                        auth,
                        RetryAfter.parse(response.header("Retry-After"), clock));
            }
            return json;
        } catch (IOException e) {
            throw StageException.transientFailure(
                    "Kaggle (" + base.host() + ") could not be reached (" + e.getMessage() + "); retry in a minute.",
                    e);
        }
    }

    static StageException failure(int code, String message, KaggleAuth auth, Optional<Duration> retryAfter) {
        String said = message.isBlank() ? "" : ": " + message;
        HttpFailure.Kind kind = HttpFailures.kindOfError(code);
        if (kind == HttpFailure.Kind.AUTHENTICATION) {
            return new StageException(FailureKind.AUTHENTICATION, refused(auth, code + said));
        }
        if (kind == HttpFailure.Kind.RATE_LIMITED) {
            return StageException.transientFailure(
                    "Kaggle is rate-limiting requests (429); " + RetryAfter.advice(retryAfter) + ".", null);
        }
        if (kind == HttpFailure.Kind.UNAVAILABLE) {
            return StageException.transientFailure(
                    "Kaggle had a server error (" + code + said + "); retry in a minute.", null);
        }
        return StageException.badInput("Kaggle refused the credentials check (" + code + said + ").");
    }

    /** Says which kind of credential Kaggle refused, since the two are not interchangeable, and where to get one. */
    static String refused(KaggleAuth auth, String detail) {
        if (auth.token() != null) {
            return "Kaggle refused the API token (sent as a Bearer token; " + detail + "). It may be expired or"
                    + " revoked: create a new one at " + SETTINGS_PAGE + " (API, Generate New Token) and send it to me"
                    + " privately. A legacy key from kaggle.json is a different kind: give it as username and key.";
        }
        return "Kaggle refused the legacy API key for user '" + auth.username() + "' (sent as username and key; "
                + detail + "). Check that the username is the key's account, or create a new key at " + SETTINGS_PAGE
                + " (API, Create Legacy API Key), or use a new API token instead."
                + (looksLikeToken(auth.key()) ? " The key looks like a new API token: give it as a token." : "");
    }

    /** New API tokens start with {@code KGAT_}; legacy keys are 32 hex digits. */
    static boolean looksLikeToken(String value) {
        return value != null && value.startsWith("KGAT_");
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json == null ? JSON.createObjectNode() : json;
        } catch (IOException e) {
            // a proxy's HTML error page: the status code says enough
            return JSON.createObjectNode();
        }
    }
}
