package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A loopback Kaggle that runs notebooks the way the current API shows them: {@code api.v1.DiagnosticsService/Hello},
 * {@code blobs.BlobApiService/StartBlobUpload} with a PUT to its {@code createUrl}, {@code
 * datasets.DatasetApiService/CreateDataset}, {@code CreateDatasetVersion} and {@code GetDatasetStatus} (pending,
 * then ready), {@code kernels.KernelsApiService/SaveKernel} (errors inside a 200), {@code GetKernelSessionStatus}
 * (upper-case names with the worker prefix), and {@code ListKernelSessionOutput} paged two files at a time, its log
 * a JSON array of stream chunks, its files on a storage path that refuses an Authorization header.
 *
 * <p>A pushed kernel plays a {@link Script}: one step per status poll (status, log lines released so far).
 */
public final class FakeKaggleRuns extends Dispatcher implements AutoCloseable {
    public static final String TOKEN = "KGAT_fake0123456789abcdef01234567";
    public static final String USER = "alice";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final List<JsonNode> savedKernels = new CopyOnWriteArrayList<>();
    private final List<JsonNode> createdDatasets = new CopyOnWriteArrayList<>();
    private final List<String> storageAuthorizations = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> blobs = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Integer> datasetChecks = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Session> sessions = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile Script script = Script.succeeding();
    private volatile int statusFailures;

    public static FakeKaggleRuns start() throws IOException {
        FakeKaggleRuns fake = new FakeKaggleRuns();
        fake.server.setDispatcher(fake);
        fake.server.start(InetAddress.getLoopbackAddress(), 0);
        return fake;
    }

    /** {@code KAGGLE_API_URL}. */
    public String url() {
        return server.url("/v1").toString();
    }

    /** What the next pushed kernel plays. */
    public FakeKaggleRuns playing(Script next) {
        this.script = next;
        return this;
    }

    /** The next {@code count} status requests answer 503. */
    public FakeKaggleRuns failingStatus(int count) {
        this.statusFailures = count;
        return this;
    }

    public List<JsonNode> savedKernels() {
        return List.copyOf(savedKernels);
    }

    public List<JsonNode> createdDatasets() {
        return List.copyOf(createdDatasets);
    }

    /** The bytes uploaded for the staged datasets, in order. */
    public List<byte[]> uploads() {
        synchronized (blobs) {
            return List.copyOf(blobs.values());
        }
    }

    /** Authorization headers seen by the storage host (must be none). */
    public List<String> storageAuthorizations() {
        return List.copyOf(storageAuthorizations);
    }

    /** Lets a kernel that plays {@link Script#runningUntilReleased} end well. */
    public void release(String slug) {
        sessions.get(slug).released = true;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.startsWith("/storage/") || path.startsWith("/upload/")) {
            return storage(request, path);
        }
        if (!("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
            return json(401, "{\"code\":401,\"message\":\"Unauthenticated\"}");
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            return json(400, "{\"code\":400,\"message\":\"bad json\"}");
        }
        String method = path.substring(path.lastIndexOf('/') + 1);
        return switch (method) {
            case "Hello" -> json(200, "{\"userName\":\"" + USER + "\"}");
            case "StartBlobUpload" -> startBlob(body);
            case "CreateDataset" -> createDataset(body);
            case "CreateDatasetVersion" -> json(200, "{\"ref\":\"\",\"url\":\"\",\"error\":\"\"}");
            case "GetDatasetStatus" -> datasetStatus(body);
            case "SaveKernel" -> saveKernel(body);
            case "GetKernelSessionStatus" -> status(body);
            case "ListKernelSessionOutput" -> output(body);
            default -> json(404, "{\"code\":404,\"message\":\"no method " + method + "\"}");
        };
    }

    private MockResponse startBlob(JsonNode body) {
        String token = "blob-" + (blobs.size() + 1);
        blobs.put(token, null);
        ObjectNode reply = JSON.createObjectNode()
                .put("token", token)
                .put("createUrl", server.url("/upload/" + token).toString());
        return json(200, reply.toString());
    }

    private MockResponse createDataset(JsonNode body) {
        String ref = body.path("ownerSlug").asText() + "/" + body.path("slug").asText();
        boolean exists = createdDatasets.stream()
                .anyMatch(d ->
                        (d.path("ownerSlug").asText() + "/" + d.path("slug").asText()).equals(ref));
        if (exists) {
            return json(200, "{\"ref\":\"\",\"url\":\"\",\"status\":\"\",\"error\":\"The dataset already exists\"}");
        }
        String token = body.path("files").path(0).path("token").asText();
        if (!blobs.containsKey(token) || blobs.get(token) == null) {
            return json(200, "{\"error\":\"Unknown upload token " + token + "\"}");
        }
        createdDatasets.add(body);
        return json(
                200,
                "{\"ref\":\"" + ref + "\",\"url\":\"https://www.kaggle.com/datasets/" + ref
                        + "\",\"status\":\"ok\",\"error\":\"\",\"invalidTags\":[]}");
    }

    private MockResponse datasetStatus(JsonNode body) {
        String ref =
                body.path("ownerSlug").asText() + "/" + body.path("datasetSlug").asText();
        int checks = datasetChecks.merge(ref, 1, Integer::sum);
        return json(200, "{\"status\":\"" + (checks < 2 ? "pending" : "ready") + "\"}");
    }

    private MockResponse saveKernel(JsonNode body) {
        savedKernels.add(body);
        String slug = body.path("slug").asText();
        if (body.path("newTitle").asText().length() < 5) {
            return json(200, "{\"error\":\"Title must be at least five characters\"}");
        }
        List<String> missing = new ArrayList<>();
        body.path("datasetDataSources").forEach(d -> {
            boolean known = createdDatasets.stream()
                    .anyMatch(c ->
                            (c.path("ownerSlug").asText() + "/" + c.path("slug").asText()).equals(d.asText()));
            if (!known && d.asText().startsWith(USER + "/")) {
                missing.add(d.asText());
            }
        });
        if (!missing.isEmpty()) {
            ArrayNode invalid = JSON.createArrayNode();
            missing.forEach(invalid::add);
            return json(
                    200,
                    JSON.createObjectNode()
                            .put("ref", "")
                            .put("url", "")
                            .put("error", "")
                            .set("invalidDatasetSources", invalid)
                            .toString());
        }
        sessions.put(slug.substring(slug.indexOf('/') + 1), new Session(script));
        return json(
                200,
                "{\"ref\":\"/code/" + slug + "\",\"url\":\"https://www.kaggle.com/code/" + slug
                        + "\",\"versionNumber\":1,\"error\":\"\",\"invalidTags\":[],\"invalidDatasetSources\":[],"
                        + "\"invalidCompetitionSources\":[],\"invalidKernelSources\":[],\"invalidModelSources\":[]}");
    }

    private MockResponse status(JsonNode body) {
        if (statusFailures > 0) {
            statusFailures--;
            return json(503, "{\"code\":503,\"message\":\"unavailable\"}");
        }
        Session session = sessions.get(body.path("kernelSlug").asText());
        if (session == null) {
            return json(200, "{\"code\":404,\"message\":\"Notebook not found\"}");
        }
        Step step = session.advance();
        ObjectNode reply = JSON.createObjectNode()
                .put("status", "KERNEL_WORKER_STATUS_" + step.status().toUpperCase());
        reply.put("failureMessage", step.failure() == null ? "" : step.failure());
        return json(200, reply.toString());
    }

    private MockResponse output(JsonNode body) {
        Session session = sessions.get(body.path("kernelSlug").asText());
        if (session == null) {
            return json(200, "{\"code\":404,\"message\":\"Notebook not found\"}");
        }
        Step step = session.current();
        ArrayNode chunks = JSON.createArrayNode();
        for (String line : step.log()) {
            chunks.addObject().put("stream_name", "stdout").put("time", 1.5).put("data", line + "\n");
        }
        List<String> names = step.status().equals("complete") ? List.copyOf(session.script.files.keySet()) : List.of();
        int page = body.path("pageToken").asText("").isEmpty()
                ? 0
                : Integer.parseInt(body.path("pageToken").asText());
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode files = reply.putArray("files");
        for (int i = page * 2; i < Math.min(names.size(), page * 2 + 2); i++) {
            files.addObject()
                    .put("fileName", names.get(i))
                    .put(
                            "url",
                            server.url("/storage/" + session.slug(body) + "/" + names.get(i))
                                    .toString());
        }
        reply.put("log", page == 0 ? chunks.toString() : "");
        reply.put("nextPageToken", names.size() > page * 2 + 2 ? Integer.toString(page + 1) : "");
        return json(200, reply.toString());
    }

    private MockResponse storage(RecordedRequest request, String path) {
        storageAuthorizations.add(String.valueOf(request.getHeaders().get("Authorization")));
        if (request.getHeaders().get("Authorization") != null) {
            return new MockResponse.Builder()
                    .code(400)
                    .body("storage takes no Authorization")
                    .build();
        }
        if (path.startsWith("/upload/")) {
            blobs.put(path.substring("/upload/".length()), request.getBody().toByteArray());
            return new MockResponse.Builder().code(200).build();
        }
        String rest = path.substring("/storage/".length());
        String slug = rest.substring(0, rest.indexOf('/'));
        byte[] content = sessions.get(slug).script.files.get(rest.substring(slug.length() + 1));
        return new MockResponse.Builder()
                .code(200)
                .body(new Buffer().write(content))
                .build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    @Override
    public void close() {
        server.close();
    }

    /** One status poll's view of a session. */
    public record Step(String status, String failure, List<String> log) {}

    /** What a pushed kernel does, one step per status poll; the last step repeats. */
    public static final class Script {
        final List<Step> steps;
        final Map<String, byte[]> files;
        final boolean waitsForRelease;

        private Script(List<Step> steps, Map<String, byte[]> files, boolean waitsForRelease) {
            this.steps = steps;
            this.files = files;
            this.waitsForRelease = waitsForRelease;
        }

        /** Queued, two epochs of progress, complete, with metrics.json, model_info.json and a model file. */
        public static Script succeeding() {
            return new Script(
                    List.of(
                            new Step("queued", null, List.of()),
                            new Step("running", null, List.of("loading data", progress(1, 0.61, 0.80))),
                            new Step(
                                    "complete",
                                    null,
                                    List.of(
                                            "loading data",
                                            progress(1, 0.61, 0.80),
                                            progress(2, 0.34, 0.93),
                                            "MLTRAINER {\"event\": \"metrics\", \"metrics\": {\"accuracy\": 0.93,"
                                                    + " \"f1_macro\": 0.92}}",
                                            "MLTRAINER {\"event\": \"done\"}"))),
                    outputs(),
                    false);
        }

        /** Fails with Kaggle's failure message and a traceback in its log. */
        public static Script failing() {
            return new Script(
                    List.of(
                            new Step("running", null, List.of("loading data")),
                            new Step(
                                    "error",
                                    "Your notebook tried to allocate more memory than is available.",
                                    List.of(
                                            "loading data",
                                            "Traceback (most recent call last):",
                                            "  File \"train.py\", line 12, in <module>",
                                            "MemoryError: Unable to allocate 12.0 GiB"))),
                    Map.of(),
                    false);
        }

        /** Runs, is pre-empted and restarted by Kaggle (its log starts over), then completes. */
        public static Script preempted() {
            return new Script(
                    List.of(
                            new Step("running", null, List.of("loading data", progress(1, 0.61, 0.80))),
                            new Step("queued", null, List.of()),
                            new Step("running", null, List.of("loading data")),
                            new Step(
                                    "complete",
                                    null,
                                    List.of(
                                            "loading data",
                                            progress(1, 0.55, 0.82),
                                            progress(2, 0.31, 0.93),
                                            "MLTRAINER {\"event\": \"metrics\", \"metrics\": {\"accuracy\": 0.93,"
                                                    + " \"f1_macro\": 0.92}}"))),
                    outputs(),
                    false);
        }

        /** Runs with one progress line until {@link #release} is called, then completes. */
        public static Script runningUntilReleased() {
            Script done = succeeding();
            return new Script(done.steps, done.files, true);
        }

        private static String progress(int epoch, double loss, double accuracy) {
            return "MLTRAINER {\"phase\": \"train\", \"message\": \"epoch " + epoch + "\", \"step\": " + epoch
                    + ", \"total\": 2, \"metrics\": {\"loss\": " + loss + ", \"eval_accuracy\": " + accuracy + "}}";
        }

        private static Map<String, byte[]> outputs() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("output/metrics.json", "{\"accuracy\": 0.93, \"f1_macro\": 0.92}".getBytes());
            files.put("output/model_info.json", "{\"labels\": [\"ham\", \"spam\"]}".getBytes());
            files.put("output/model/config.json", "{\"model_type\": \"fake\"}".getBytes());
            files.put("__notebook__.ipynb", "{}".getBytes());
            files.put("../escape.txt", "outside".getBytes());
            return files;
        }
    }

    private static final class Session {
        final Script script;
        int index = -1;
        volatile boolean released;

        Session(Script script) {
            this.script = script;
        }

        synchronized Step advance() {
            int last = script.steps.size() - 1;
            int holdAt = script.waitsForRelease && !released ? 1 : last;
            index = Math.min(index + 1, holdAt);
            return script.steps.get(index);
        }

        synchronized Step current() {
            return script.steps.get(Math.max(0, index));
        }

        String slug(JsonNode body) {
            return body.path("kernelSlug").asText();
        }
    }
}
