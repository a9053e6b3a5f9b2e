package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One commit through the Hub's commit API, made as the official client makes it: {@code preupload} says for each
 * file whether it goes inline ({@code regular}) or through Git LFS, or is ignored; LFS contents are sent to the
 * storage the Hub names ({@link LfsUpload}); then one NDJSON commit names every file, inline files base64-encoded
 * and LFS files by their SHA-256. Files the Hub already holds with the same contents (preupload names their
 * {@code oid}) are left out, as the official client leaves them out, and with nothing left no commit is made.
 */
final class HubCommit {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final MediaType NDJSON_TYPE = MediaType.get("application/x-ndjson");
    /** The Hub guesses text or binary from the first 512 bytes. */
    private static final int SAMPLE_BYTES = 512;

    static final String REVISION = "main";

    private final HubClient hub;

    HubCommit(HubClient hub) {
        this.hub = hub;
    }

    /** The commit's id; when the Hub already holds every file as it is, no commit is made and this is its head. */
    String commit(RepoType type, String id, String summary, Map<String, byte[]> files, String token) {
        Map<String, Remote> remote = preupload(type, id, files, token);
        StringBuilder ndjson = line(new StringBuilder(), "header", header(summary));
        List<LfsObject> lfs = new ArrayList<>();
        int changed = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = file.getKey();
            byte[] bytes = file.getValue();
            Remote there = remote.getOrDefault(path, Remote.UNKNOWN);
            if (there.mode() != UploadMode.IGNORED && there.holds(bytes)) {
                continue;
            }
            changed += there.mode() == UploadMode.IGNORED ? 0 : 1;
            switch (there.mode()) {
                case REGULAR -> line(ndjson, "file", inline(path, bytes));
                case LFS -> {
                    LfsObject object = LfsObject.of(path, bytes);
                    lfs.add(object);
                    line(ndjson, "lfsFile", object.pointer());
                }
                case IGNORED -> {
                    // the repository's .gitignore excludes it: the Hub would refuse it in the commit
                }
            }
        }
        if (changed == 0) {
            return hub.head(type, id, token);
        }
        new LfsUpload(hub).upload(type, id, lfs, token);
        HubReply reply = hub.send(
                new Request.Builder()
                        .url(api(type, id).addPathSegments("commit/" + REVISION).build())
                        .post(RequestBody.create(ndjson.toString(), NDJSON_TYPE)),
                token);
        if (!reply.ok()) {
            throw hub.failure(reply, "upload to " + id);
        }
        return reply.json().path("commitOid").asText(null);
    }

    /** {@code POST /api/{type}s/{id}/preupload/main}: how each file is to be sent, and what the Hub holds. */
    private Map<String, Remote> preupload(RepoType type, String id, Map<String, byte[]> files, String token) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("files");
        files.forEach((path, bytes) -> list.addObject()
                .put("path", path)
                .put(
                        "sample",
                        Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, Math.min(bytes.length, SAMPLE_BYTES))))
                .put("size", bytes.length));
        HubReply reply = hub.send(
                new Request.Builder()
                        .url(api(type, id)
                                .addPathSegments("preupload/" + REVISION)
                                .build())
                        .post(RequestBody.create(body.toString(), JSON_TYPE)),
                token);
        if (!reply.ok()) {
            throw hub.failure(reply, "upload to " + id);
        }
        Map<String, Remote> remote = new HashMap<>();
        for (JsonNode file : reply.json().path("files")) {
            remote.put(
                    file.path("path").asText(),
                    new Remote(UploadMode.of(file), file.path("oid").asText(null)));
        }
        return remote;
    }

    private okhttp3.HttpUrl.Builder api(RepoType type, String id) {
        return hub.url().addPathSegment("api").addPathSegment(type.apiPath()).addPathSegments(id);
    }

    private static ObjectNode header(String summary) {
        return JSON.createObjectNode().put("summary", summary).put("description", "");
    }

    private static ObjectNode inline(String path, byte[] bytes) {
        return JSON.createObjectNode()
                .put("path", path)
                .put("content", Base64.getEncoder().encodeToString(bytes))
                .put("encoding", "base64");
    }

    private static StringBuilder line(StringBuilder ndjson, String key, ObjectNode value) {
        ObjectNode line = JSON.createObjectNode().put("key", key);
        line.set("value", value);
        return ndjson.append(line).append('\n');
    }

    /**
     * What {@code preupload} answered for one file: how to send it, and the id of the version the Hub holds (null
     * for none): the SHA-256 of LFS contents, the Git blob id of inline ones.
     */
    private record Remote(UploadMode mode, String oid) {
        static final Remote UNKNOWN = new Remote(UploadMode.REGULAR, null);

        boolean holds(byte[] bytes) {
            if (oid == null) {
                return false;
            }
            return oid.equals(mode == UploadMode.LFS ? LfsObject.of("", bytes).oid() : GitBlob.id(bytes));
        }
    }

    /** What {@code preupload} answered for one file. */
    private enum UploadMode {
        REGULAR,
        LFS,
        IGNORED;

        static UploadMode of(JsonNode file) {
            if (file.path("shouldIgnore").asBoolean(false)) {
                return IGNORED;
            }
            return "lfs".equals(file.path("uploadMode").asText()) ? LFS : REGULAR;
        }
    }
}
