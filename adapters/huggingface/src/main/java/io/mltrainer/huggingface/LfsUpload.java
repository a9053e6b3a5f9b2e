package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * the parts' ETags; then the optional {@code verify}. The storage URLs are pre-signed: the token is sent to the Hub
 * only, never to them.
 */
final class LfsUpload {
    private static final MediaType LFS_TYPE = MediaType.get("application/vnd.git-lfs+json");

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
                    storage(object.path(), upload, RequestBody.create(object.bytes(), null), "PUT");
                }
            }
            JsonNode verify = answer.path("actions").path("verify");
            if (!verify.isMissingNode()) {
                storage(object.path(), verify, RequestBody.create(object.id().toString(), LFS_TYPE), "POST");
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
                    RequestBody.create(object.bytes(), null, from, length),
                    "PUT");
            String etag = reply.headers().get("ETag");
            if (etag == null) {
                throw hub.failure(
                        refusal(502, "the storage gave no ETag for part " + (i + 1)), "upload " + object.path());
            }
            etags.addObject().put("partNumber", i + 1).put("etag", etag);
        }
        storage(object.path(), upload, RequestBody.create(completion.toString(), LFS_TYPE), "POST");
    }

    /** Calls an action's {@code href} with the action's own headers. */
    private void storage(String path, JsonNode action, RequestBody body, String method) {
        Headers.Builder headers = new Headers.Builder();
        for (Map.Entry<String, JsonNode> entry : action.path("header").properties()) {
            if (!entry.getKey().equals("chunk_size") && !entry.getKey().matches("\\d+")) {
                headers.add(entry.getKey(), entry.getValue().asText());
            }
        }
        send(path, action.path("href").asText(), headers.build(), body, method);
    }

    private HubReply send(String path, String href, Headers headers, RequestBody body, String method) {
        HttpUrl url = HttpUrl.parse(href);
        if (url == null) {
            throw hub.failure(refusal(502, "the storage URL is not a URL"), "upload " + path);
        }
        HubReply reply =
                hub.send(new Request.Builder().url(url).headers(headers).method(method, body), null);
        if (!reply.ok()) {
            throw hub.failure(reply, "upload " + path);
        }
        return reply;
    }

    /** An error the Hub reported inside a successful answer, as a reply that {@link HubFailures} can classify. */
    private static HubReply refusal(int code, String message) {
        return new HubReply(
                code,
                Headers.of(),
                JsonNodeFactory.instance.objectNode().put("error", message).toString());
    }
}
