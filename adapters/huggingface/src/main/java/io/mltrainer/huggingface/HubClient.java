package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.StageException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The Hugging Face Hub's account and repository look-ups ({@code HF_ENDPOINT}, by default
 * {@code https://huggingface.co}). Failures are {@link StageException}s classified here: a refused token is
 * {@code AUTHENTICATION}, an unreachable or busy Hub {@code TRANSIENT} with the wait it asked for.
 */
public final class HubClient {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final okhttp3.MediaType JSON_TYPE = okhttp3.MediaType.get("application/json");
    public static final String DEFAULT_URL = "https://huggingface.co";
    /** Long enough to spare the rate-limited endpoint during one intake, short enough to notice a revoked token. */
    public static final Duration WHOAMI_TTL = Duration.ofMinutes(5);

    /** The first wait between two attempts of a call the Hub answered busy; then doubled. */
    public static final Duration BACKOFF = Duration.ofSeconds(1);

    private final HttpUrl base;
    private final OkHttpClient http;
    private final Clock clock;
    private final WhoamiCache whoamis;
    private final HubRetry retries;

    /** @param endpoint {@code HF_ENDPOINT}; null or blank for the public Hub */
    public static HubClient create(String endpoint) {
        OkHttpClient http =
                new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
        return new HubClient(endpoint, http, Clock.systemUTC(), WHOAMI_TTL);
    }

    public HubClient(String endpoint, OkHttpClient http, Clock clock, Duration whoamiTtl) {
        this(endpoint, http, clock, whoamiTtl, BACKOFF);
    }

    /** @param backoff the first wait before retrying a busy Hub or storage (tests: a millisecond) */
    public HubClient(String endpoint, OkHttpClient http, Clock clock, Duration whoamiTtl, Duration backoff) {
        String url = endpoint == null || endpoint.isBlank() ? DEFAULT_URL : endpoint.trim();
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException("HF_ENDPOINT is not a URL: " + endpoint);
        }
        this.base = parsed;
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.whoamis = new WhoamiCache(clock, whoamiTtl);
        this.retries = new HubRetry(backoff, clock);
    }

    /** Who the token belongs to; answered from a short cache when the same token was checked recently. */
    public Whoami whoami(String token) {
        requireToken(token);
        return whoamis.get(token).orElseGet(() -> whoamis.put(token, fetchWhoami(token)));
    }

    /** Whether {@code whoami}'s token may publish to {@code namespace} (the user's own when null), and why not. */
    public static WriteAccess canWrite(Whoami whoami, String namespace) {
        return WriteRules.check(whoami, namespace);
    }

    /**
     * Whether the repository {@code id} ({@code namespace/name}) exists as far as {@code token} (may be null) can
     * see. The Hub answers 401 {@code RepoNotFound} rather than 404 when a caller may not see a repository, so a
     * private repository of someone else counts as absent here; creating it later fails with 409.
     */
    public boolean repoExists(RepoType type, String id, String token) {
        HttpUrl url = base.newBuilder()
                .addPathSegment("api")
                .addPathSegment(type.apiPath())
                .addPathSegments(id)
                .build();
        HubReply reply = get(url, token);
        if (reply.ok()) {
            return true;
        }
        boolean notFound = reply.code() == 404
                || (reply.code() == 401 && (token == null || "RepoNotFound".equals(reply.errorCode())));
        if (notFound) {
            return false;
        }
        if (reply.code() == 403) {
            // it exists; this token just may not read it (a gated or restricted repository)
            return true;
        }
        throw HubFailures.of(reply, "look up " + id, clock);
    }

    /**
     * Creates a repository ({@code POST /api/repos/create}) under {@code namespace}: the token's own account, else
     * the organisation of that name; a Space runs Gradio. One that already exists counts as created (409); a 409
     * "conflicting operation in progress" is tried again.
     */
    public void createRepo(RepoType type, String namespace, String name, boolean isPrivate, String token) {
        requireToken(token);
        ObjectNode body = JSON.createObjectNode()
                .put("name", name)
                .put("type", type.name().toLowerCase(java.util.Locale.ROOT))
                .put("private", isPrivate)
                .put("visibility", isPrivate ? "private" : "public");
        if (namespace == null || namespace.equalsIgnoreCase(whoami(token).name())) {
            body.putNull("organization");
        } else {
            body.put("organization", namespace);
        }
        if (type == RepoType.SPACE) {
            body.put("sdk", "gradio");
        }
        HubReply reply = retries.conflicting(
                "create " + name,
                () -> post(
                        base.newBuilder().addPathSegments("api/repos/create").build(),
                        token,
                        RequestBody.create(body.toString(), JSON_TYPE)));
        if (!reply.ok() && (reply.code() != 409 || HubRetry.conflicting(reply))) {
            throw HubFailures.of(reply, "create the repository " + namespace + "/" + name, clock);
        }
    }

    /**
     * Commits files to the repository {@code id} in one commit on {@code main}, each inline or through Git LFS as
     * the Hub decides ({@link HubCommit}).
     */
    public String commit(RepoType type, String id, String summary, Map<String, byte[]> files, String token) {
        requireToken(token);
        return new HubCommit(this).commit(type, id, summary, files, token);
    }

    /** The web address of a repository: {@code <endpoint>/<id>}, Spaces and datasets under their prefix. */
    public String webUrl(RepoType type, String id) {
        return base.newBuilder().addPathSegments(type.gitPrefix() + id).build().toString();
    }

    /** The commit {@code main} points at ({@code sha} of {@code GET /api/{type}s/{id}}). */
    String head(RepoType type, String id, String token) {
        HubReply reply = get(
                base.newBuilder()
                        .addPathSegment("api")
                        .addPathSegment(type.apiPath())
                        .addPathSegments(id)
                        .build(),
                token);
        if (!reply.ok()) {
            throw HubFailures.of(reply, "read " + id, clock);
        }
        return reply.json().path("sha").asText(null);
    }

    /** Sets a Space variable ({@code POST /api/spaces/{id}/variables}), visible to anyone who can see the Space. */
    public void spaceVariable(String id, String key, String value, String token) {
        spaceSetting(id, "variables", key, value, token);
    }

    /** Sets a Space secret ({@code POST /api/spaces/{id}/secrets}); the Hub never shows it again. */
    public void spaceSecret(String id, String key, String value, String token) {
        spaceSetting(id, "secrets", key, value, token);
    }

    /** The Space's runtime ({@code GET /api/spaces/{id}/runtime}): its stage and, when it failed, the error. */
    public SpaceRuntime spaceRuntime(String id, String token) {
        HubReply reply = get(
                base.newBuilder()
                        .addPathSegments("api/spaces/" + id + "/runtime")
                        .build(),
                token);
        if (!reply.ok()) {
            throw HubFailures.of(reply, "read the state of the Space " + id, clock);
        }
        return SpaceRuntime.of(reply.json());
    }

    private void spaceSetting(String id, String kind, String key, String value, String token) {
        ObjectNode body = JSON.createObjectNode().put("key", key).put("value", value);
        HubReply reply = post(
                base.newBuilder()
                        .addPathSegments("api/spaces/" + id + "/" + kind)
                        .build(),
                token,
                RequestBody.create(body.toString(), JSON_TYPE));
        if (!reply.ok()) {
            // the Hub's words only: the value may be a secret
            throw HubFailures.of(reply, "set " + key + " on the Space " + id, clock);
        }
    }

    private Whoami fetchWhoami(String token) {
        HubReply reply = get(base.newBuilder().addPathSegments("api/whoami-v2").build(), token);
        if (!reply.ok()) {
            throw HubFailures.of(reply, "say who the token belongs to", clock);
        }
        return WhoamiJson.parse(reply.json());
    }

    private HubReply get(HttpUrl url, String token) {
        return send(new Request.Builder().url(url).get(), token);
    }

    private HubReply post(HttpUrl url, String token, RequestBody body) {
        return send(new Request.Builder().url(url).post(body), token);
    }

    /** The Hub's base URL, to add a path to. */
    HttpUrl.Builder url() {
        return base.newBuilder();
    }

    /** A failed answer of the Hub (or of the storage it sent us to), classified for {@code action}. */
    StageException failure(HubReply reply, String action) {
        return HubFailures.of(reply, action, clock);
    }

    /** Retries of calls the Hub or its storage answered busy. */
    HubRetry retries() {
        return retries;
    }

    /** Sends {@code request} with {@code token} as Bearer (none when null: pre-signed storage URLs). */
    HubReply send(Request.Builder request, String token) {
        return send(request, token, null);
    }

    /** As {@link #send(Request.Builder, String)}, within {@code limit} instead of the client's own (null). */
    HubReply send(Request.Builder request, String token, Duration limit) {
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        Call call = http.newCall(request.build());
        if (limit != null) {
            call.timeout().timeout(limit.toMillis(), TimeUnit.MILLISECONDS);
        }
        try (Response response = call.execute()) {
            return new HubReply(
                    response.code(), response.headers(), response.body().string());
        } catch (IOException e) {
            throw StageException.transientFailure(
                    "Hugging Face (" + base.host() + ") could not be reached (" + e.getMessage() + "); retry in a"
                            + " minute.",
                    e);
        }
    }

    private static void requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw StageException.badInput("A Hugging Face token is needed: create one at " + WriteRules.TOKENS_PAGE
                    + " and send it to me privately.");
        }
    }
}
