package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Git LFS uploads to the Hub. The batch endpoint ({@code {type}s/{id}.git/info/lfs/objects/batch}) answers per
 * object: no actions when the Hub already has it (so a retried stage sends nothing twice), else where to put it:
 * one PUT, or, when the upload header carries a {@code chunk_size}, one PUT per part URL and a completion naming
 * the parts' ETags; then the optional {@code verify}, with the token like every Hub call. The storage URLs are
 * pre-signed: the token is sent to the Hub only, never to them. Storage calls get a time limit that grows with the
 * size sent, and are retried while the storage answers 408, 429 or 5xx, waiting what {@code Retry-After} asks.
 */
final class LfsUpload {
    private static final MediaType LFS_TYPE = MediaType.get("application/vnd.git-lfs+json");

    /** Time for an upload's first bytes and the answer; each mebibyte adds {@link #PER_MEBIBYTE}. */
    static final Duration BASE_LIMIT = Duration.ofSeconds(60);
    /** A mebibyte in 4 s: 256 KiB/s, slow enough for a poor uplink. */
    static final Duration PER_MEBIBYTE = Duration.ofSeconds(4);

    private final HubClient hub;

    LfsUpload(HubClient hub) {
        this.hub = hub;
    }

    void upload(RepoType type, String id, List<LfsObject> objects, String token) {
        if (objects.isEmpty()) {
            return;
        }
        JsonNode batch = batch(type, id, objects, token);
        for (LfsObject object : objects) {
            JsonNode answer = StreamSupport.stream(batch.path("objects").spliterator(), false)
                    .filter(o -> object.oid().equals(o.path("oid").asText()))
                    .findFirst()
                    .orElseThrow(() -> hub.failure(
                            refusal(502, "the LFS batch did not mention " + object.path()), "upload " + object.path()));
            if (answer.has("error")) {
                JsonNode error = answer.path("error");
                throw hub.failure(
                        refusal(
                                error.path("code").asInt(422),
                                error.path("message").asText("")),
                        "store " + object.path());
            }
            JsonNode upload = answer.path("actions").path("upload");
            if (!upload.isMissingNode()) {
                if (upload.path("header").has("chunk_size")) {
                    multipart(object, upload);
                } else {
                    storage(
                            object.path(),
                            upload,
                            object.bytes().length,
                            () -> RequestBody.create(object.bytes(), null));
                }
            }
            JsonNode verify = answer.path("actions").path("verify");
            if (!verify.isMissingNode()) {
                verify(object, verify, token);
            }
        }
    }

    private JsonNode batch(RepoType type, String id, List<LfsObject> objects, String token) {
        ObjectNode body =
                JsonNodeFactory.instance.objectNode().put("operation", "upload").put("hash_algo", "sha256");
        body.putArray("transfers").add("basic").add("multipart");
        body.putObject("ref").put("name", HubCommit.REVISION);
        ArrayNode list = body.putArray("objects");
        objects.forEach(o -> list.add(o.id()));
        HttpUrl url = hub.url()
                .addPathSegments(type.gitPrefix() + id + ".git/info/lfs/objects/batch")
                .build();
        HubReply reply = hub.send(
                new Request.Builder()
                        .url(url)
                        .header("Accept", LFS_TYPE.toString())
                        .post(RequestBody.create(body.toString(), LFS_TYPE)),
                token);
        if (!reply.ok()) {
            throw hub.failure(reply, "upload to " + id);
        }
        return reply.json();
    }

    /** Parts of {@code chunk_size} bytes to the part URLs (keyed by part number), then the completion. */
    private void multipart(LfsObject object, JsonNode upload) {
        int chunk = upload.path("header").path("chunk_size").asInt();
        List<Map.Entry<String, JsonNode>> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : upload.path("header").properties()) {
            if (entry.getKey().matches("\\d+")) {
                parts.add(entry);
            }
        }
        parts.sort(Comparator.comparingInt(e -> Integer.parseInt(e.getKey())));
        ObjectNode completion = object.id();
        ArrayNode etags = completion.putArray("parts");
        for (int i = 0; i < parts.size(); i++) {
            int from = i * chunk;
            int length = Math.max(0, Math.min(chunk, object.bytes().length - from));
            HubReply reply = send(
                    object.path(),
                    parts.get(i).getValue().asText(),
                    Headers.of(),
                    length,
                    () -> RequestBody.create(object.bytes(), null, from, length),
                    "PUT");
            String etag = reply.headers().get("ETag");
            if (etag == null) {
                throw hub.failure(
                        refusal(502, "the storage gave no ETag for part " + (i + 1)), "upload " + object.path());
            }
            etags.addObject().put("partNumber", i + 1).put("etag", etag);
        }
        String done = completion.toString();
        send(
                object.path(),
                upload.path("href").asText(),
                Headers.of(),
                0,
                () -> RequestBody.create(done, LFS_TYPE),
                "POST");
    }

    /**
     * {@code actions.verify}: the Hub checks it received the object. The call goes to the Hub, so it carries the
     * token like every other Hub call (the action's own headers are kept, but never replace it).
     */
    private void verify(LfsObject object, JsonNode verify, String token) {
        HttpUrl url = HttpUrl.parse(verify.path("href").asText());
        if (url == null) {
            throw hub.failure(refusal(502, "the verify URL is not a URL"), "verify " + object.path());
        }
        Headers headers =
                headers(verify).newBuilder().removeAll("Authorization").build();
        String body = object.id().toString();
        HubReply reply = hub.retries()
                .busy(
                        "verify " + object.path(),
                        () -> hub.send(
                                new Request.Builder()
                                        .url(url)
                                        .headers(headers)
                                        .post(RequestBody.create(body, LFS_TYPE)),
                                token));
        if (!reply.ok()) {
            throw hub.failure(reply, "verify " + object.path());
        }
    }

    /** PUTs the contents to an action's pre-signed {@code href} with the action's own headers. */
    private void storage(String path, JsonNode action, long size, Supplier<RequestBody> body) {
        send(path, action.path("href").asText(), headers(action), size, body, "PUT");
    }

    private static Headers headers(JsonNode action) {
        Headers.Builder headers = new Headers.Builder();
        for (Map.Entry<String, JsonNode> entry : action.path("header").properties()) {
            if (!entry.getKey().equals("chunk_size") && !entry.getKey().matches("\\d+")) {
                headers.add(entry.getKey(), entry.getValue().asText());
            }
        }
        return headers.build();
    }

    /**
     * One call to the storage, without the token (its URLs are signed), within a time that grows with
     * {@code size}, retried while the storage is busy or down.
     */
    private HubReply send(
            String path, String href, Headers headers, long size, Supplier<RequestBody> body, String method) {
        HttpUrl url = HttpUrl.parse(href);
        if (url == null) {
            throw hub.failure(refusal(502, "the storage URL is not a URL"), "upload " + path);
        }
        Duration limit = limit(size);
        HubReply reply = hub.retries()
                .busy(
                        "upload " + path,
                        () -> hub.send(
                                new Request.Builder().url(url).headers(headers).method(method, body.get()),
                                null,
                                limit));
        if (!reply.ok()) {
            throw hub.failure(reply, "upload " + path);
        }
        return reply;
    }

    /** How long sending {@code size} bytes may take. */
    static Duration limit(long size) {
        long mebibytes = (size + (1 << 20) - 1) >> 20;
        return BASE_LIMIT.plus(PER_MEBIBYTE.multipliedBy(mebibytes));
    }

    /** An error the Hub reported inside a successful answer, as a reply that {@link HubFailures} can classify. */
    private static HubReply refusal(int code, String message) {
        return new HubReply(
                code,
                Headers.of(),
                JsonNodeFactory.instance.objectNode().put("error", message).toString());
    }
}
