package io.mltrainer.huggingface;

import static io.mltrainer.huggingface.FakeHub.error;
import static io.mltrainer.huggingface.FakeHub.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * The Git LFS side of a loopback Hub, as huggingface.co and its storage answer: {@code preupload} sends binary
 * files, LFS extensions and files above {@link #lfsAbove} bytes to LFS; the batch answers no actions for stored
 * objects, a pre-signed PUT (plus a verify) for small ones and part URLs with a {@code chunk_size} above
 * {@link #multipartAbove}; the storage refuses an {@code Authorization} header next to its signature (as S3 does) and
 * contents whose SHA-256 is not the oid; a commit refuses inline files that had to go to LFS and LFS pointers to
 * contents never uploaded.
 */
public final class FakeLfs {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Hub's limit for inline files is 10 MiB; tests lower it. */
    public volatile long lfsAbove = 10L * 1024 * 1024;

    volatile long multipartAbove = Long.MAX_VALUE;
    volatile int chunkSize = 1024;
    /** Objects above this size get an error in the batch answer instead of actions. */
    volatile long refuseAbove = Long.MAX_VALUE;
    /** A status the storage answers every upload with (0: it works). */
    volatile int storageFailure;
    /** Uploads still to answer 503 with {@code Retry-After: 0} before the storage works again. */
    final java.util.concurrent.atomic.AtomicInteger busyUploads = new java.util.concurrent.atomic.AtomicInteger();
    /** Contents stored in LFS, by oid. */
    public final Map<String, byte[]> stored = new ConcurrentHashMap<>();
    /** The storage paths that received contents (a PUT of a whole object or of a part). */
    public final List<String> puts = new CopyOnWriteArrayList<>();

    private final Map<String, Map<Integer, byte[]>> parts = new ConcurrentHashMap<>();

    /**
     * How each file is to be sent and, for a path the repository holds, the {@code oid} of what it holds: the SHA-256
     * of an LFS file, the Git blob id of an inline one.
     */
    MockResponse preupload(RecordedRequest request, Map<String, byte[]> held, java.util.Set<String> lfsPaths) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode files = answer.putArray("files");
        for (JsonNode file : read(request).path("files")) {
            String path = file.path("path").asText();
            byte[] sample = Base64.getDecoder().decode(file.path("sample").asText());
            boolean lfs = mustUseLfs(path, file.path("size").asLong(), sample);
            ObjectNode out = files.addObject()
                    .put("path", path)
                    .put("uploadMode", lfs ? "lfs" : "regular")
                    .put("shouldIgnore", false);
            byte[] there = held.get(path);
            if (there != null) {
                out.put("oid", lfsPaths.contains(path) ? sha256(there) : gitBlob(there));
            }
        }
        return json(200, answer.toString());
    }

    static String gitBlob(byte[] bytes) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    MockResponse batch(RecordedRequest request, String verifyPath) {
        JsonNode body = read(request);
        if (!"upload".equals(body.path("operation").asText())
                || !"application/vnd.git-lfs+json".equals(request.getHeaders().get("Accept"))) {
            return error(422, null, "Invalid batch request");
        }
        HttpUrl base = request.getUrl().newBuilder().encodedPath("/").build();
        ObjectNode answer = JSON.createObjectNode().put("transfer", "basic");
        ArrayNode objects = answer.putArray("objects");
        for (JsonNode object : body.path("objects")) {
            String oid = object.path("oid").asText();
            long size = object.path("size").asLong();
            ObjectNode out = objects.addObject().put("oid", oid).put("size", size);
            if (stored.containsKey(oid)) {
                continue;
            }
            if (size > refuseAbove) {
                out.putObject("error").put("code", 422).put("message", "Object is too large");
                continue;
            }
            ObjectNode actions = out.putObject("actions");
            if (size > multipartAbove) {
                answer.put("transfer", "multipart");
                ObjectNode upload = actions.putObject("upload");
                upload.put("href", base.resolve("/storage/" + oid + "/complete").toString());
                ObjectNode header = upload.putObject("header").put("chunk_size", Integer.toString(chunkSize));
                for (int part = 1; (long) (part - 1) * chunkSize < size; part++) {
                    header.put(
                            String.format("%05d", part),
                            base.resolve("/storage/" + oid + "/part/" + part).toString());
                }
            } else {
                actions.putObject("upload")
                        .put(
                                "href",
                                base.resolve("/storage/" + oid + "?X-Amz-Signature=f4k3")
                                        .toString());
                actions.putObject("verify").put("href", base.resolve(verifyPath).toString());
            }
        }
        return json(200, answer.toString());
    }

    MockResponse storage(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.endsWith("/objects/verify")) {
            return stored.containsKey(read(request).path("oid").asText())
                    ? json(200, "{}")
                    : error(404, null, "Object not found");
        }
        if (storageFailure != 0) {
            return error(storageFailure, null, "Service Unavailable");
        }
        if (busyUploads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new MockResponse.Builder()
                    .code(503)
                    .addHeader("Retry-After", "0")
                    .body("Slow Down")
                    .build();
        }
        if ("PUT".equals(request.getMethod()) && request.getHeaders().get("Authorization") != null) {
            return error(400, null, "Only one auth mechanism allowed");
        }
        String[] segments = path.split("/");
        String oid = segments[2];
        byte[] bytes =
                request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        if (segments.length == 3 && "PUT".equals(request.getMethod())) {
            puts.add(path);
            return store(oid, bytes);
        }
        if (segments.length == 5 && "part".equals(segments[3]) && "PUT".equals(request.getMethod())) {
            puts.add(path);
            parts.computeIfAbsent(oid, k -> new ConcurrentHashMap<>()).put(Integer.parseInt(segments[4]), bytes);
            return new MockResponse.Builder()
                    .code(200)
                    .addHeader("ETag", "\"etag-" + segments[4] + "\"")
                    .build();
        }
        if (segments.length == 4 && "complete".equals(segments[3]) && "POST".equals(request.getMethod())) {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            for (JsonNode part : read(request).path("parts")) {
                int number = part.path("partNumber").asInt();
                if (!("\"etag-" + number + "\"").equals(part.path("etag").asText())) {
                    return error(400, null, "InvalidPart");
                }
                whole.writeBytes(parts.getOrDefault(oid, Map.of()).getOrDefault(number, new byte[0]));
            }
            return store(oid, whole.toByteArray());
        }
        return error(404, null, "Not found");
    }

    /** Why the Hub refuses a commit ({@code application/x-ndjson}), if it does. */
    Optional<MockResponse> refusal(String ndjson) {
        for (String line : ndjson.lines().toList()) {
            JsonNode entry = read(line);
            JsonNode value = entry.path("value");
            if ("file".equals(entry.path("key").asText())) {
                byte[] content =
                        Base64.getDecoder().decode(value.path("content").asText());
                if (mustUseLfs(value.path("path").asText(), content.length, content)) {
                    return Optional.of(error(
                            400,
                            null,
                            "Your push was rejected because it contains binary files or files larger than 10 MiB."
                                    + " Please use https://git-lfs.github.com/ to store them."));
                }
            }
            if ("lfsFile".equals(entry.path("key").asText())
                    && !stored.containsKey(value.path("oid").asText())) {
                return Optional.of(error(422, null, "LFS pointer pointed to a file that does not exist"));
            }
        }
        return Optional.empty();
    }

    private boolean mustUseLfs(String path, long size, byte[] sample) {
        boolean binary = false;
        for (int i = 0; i < Math.min(sample.length, 512); i++) {
            binary |= sample[i] == 0;
        }
        return binary || size > lfsAbove || path.matches(".*\\.(parquet|zip|bin|arrow)$");
    }

    private MockResponse store(String oid, byte[] bytes) {
        if (!oid.equals(sha256(bytes))) {
            return error(400, null, "BadDigest: the contents do not match the oid");
        }
        stored.put(oid, bytes);
        return new MockResponse.Builder().code(200).build();
    }

    private static JsonNode read(RecordedRequest request) {
        return read(request.getBody() == null ? "{}" : request.getBody().utf8());
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
