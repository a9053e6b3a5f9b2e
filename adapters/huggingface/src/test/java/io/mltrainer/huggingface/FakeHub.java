package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A loopback Hugging Face Hub that answers like the real one: {@code GET /api/whoami-v2} per Bearer token (401
 * "Invalid credentials in Authorization header" for any other), {@code GET /api/{models|datasets|spaces}/{id}} with
 * 200, or {@code RepoNotFound} as 404 for a signed-in caller and 401 for an anonymous one; repository creation under
 * the user or an organisation they may write to (409 when it exists); preupload (naming the {@code oid} of what a
 * repository already holds), Git LFS and the commit API ({@link FakeLfs}); and the Space settings and runtime.
 * {@link #started()} serves it on a loopback port for tests outside this package. Failures can be injected.
 */
public final class FakeHub extends Dispatcher implements AutoCloseable {
    /** alice, member of acme (write) and of bigco (read). */
    public static final String READ_TOKEN = "hf_ReadAliceAbCdEfGhIjKlMnOpQrStUvWx";

    public static final String WRITE_TOKEN = "hf_WriteAliceZyXwVuTsRqPoNmLkJiHgFe";
    public static final String ADMIN_TOKEN = "hf_AdminAlice0123456789AbCdEfGhIjKl";
    /** Fine-grained, with repo.write on the organisation acme only. */
    public static final String ACME_SCOPED_TOKEN = "hf_FineAcme9876543210ZzYyXxWwVvUuTt";

    public static final String BAD_TOKEN = "hf_RevokedQqQqQqQqQqQqQqQqQqQqQqQqQq";

    private static final String ORGS = "[{\"type\":\"org\",\"id\":\"6200aa\",\"name\":\"acme\",\"fullname\":\"ACME\","
            + "\"email\":null,\"canPay\":false,\"periodEnd\":null,\"avatarUrl\":\"https://cdn.example/acme.png\","
            + "\"roleInOrg\":\"write\",\"isEnterprise\":false},{\"type\":\"org\",\"id\":\"6200bb\",\"name\":\"bigco\","
            + "\"fullname\":\"BigCo\",\"roleInOrg\":\"read\",\"isEnterprise\":true}]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> whoamis = new HashMap<>();
    private final Set<String> repos = ConcurrentHashMap.newKeySet();
    /** The bodies of the commits the Hub accepted, by repository ({@code datasets/alice/name}), the last one. */
    public final Map<String, String> commits = new ConcurrentHashMap<>();
    /** How many commits each repository received. */
    public final Map<String, Integer> commitCounts = new ConcurrentHashMap<>();
    /** What each repository holds, by path: the contents of inline and LFS files alike. */
    public final Map<String, Map<String, byte[]>> files = new ConcurrentHashMap<>();
    /** The paths of each repository that were committed as LFS pointers. */
    public final Map<String, Set<String>> lfsPaths = new ConcurrentHashMap<>();
    /** The creation requests, by repository. */
    public final Map<String, JsonNode> created = new ConcurrentHashMap<>();
    /** Space variables and secrets, by Space id ({@code alice/x-demo}) and key. */
    public final Map<String, Map<String, String>> variables = new ConcurrentHashMap<>();

    public final Map<String, Map<String, String>> secrets = new ConcurrentHashMap<>();
    /** Git LFS and its storage, as the Hub's commit API uses them. */
    public final FakeLfs lfs = new FakeLfs();
    /** Commits still to answer with 500. */
    public final AtomicInteger failCommits = new AtomicInteger();
    /** Repository creations still to answer with 409 "conflicting operation". */
    public final AtomicInteger conflictingCreates = new AtomicInteger();
    /** The stages a new Space's runtime goes through, one per look; the last one stays. */
    public volatile List<String> spaceStages = List.of("BUILDING", "RUNNING");
    /** The {@code errorMessage} of a Space that failed. */
    public volatile String spaceError = "";

    private final Map<String, Integer> runtimeLooks = new ConcurrentHashMap<>();
    private final AtomicInteger commitIds = new AtomicInteger();
    private final Map<String, String> heads = new ConcurrentHashMap<>();
    private MockWebServer server;

    public FakeHub() {
        whoamis.put(READ_TOKEN, whoami(accessToken("laptop", "read", "")));
        whoamis.put(WRITE_TOKEN, whoami(accessToken("deploy", "write", "")));
        whoamis.put(ADMIN_TOKEN, whoami(accessToken("admin", "admin", "")));
        whoamis.put(
                ACME_SCOPED_TOKEN,
                whoami(accessToken(
                        "ci",
                        "fineGrained",
                        ",\"fineGrained\":{\"canReadGatedRepos\":true,\"global\":[\"discussion.write\"],\"scoped\":"
                                + "[{\"entity\":{\"_id\":\"6200aa\",\"type\":\"org\",\"name\":\"acme\"},"
                                + "\"permissions\":[\"repo.content.read\",\"repo.write\"]},{\"entity\":{\"_id\":"
                                + "\"6100\",\"type\":\"user\",\"name\":\"alice\"},\"permissions\":"
                                + "[\"repo.content.read\"]}]}")));
    }

    /** A fake Hub served on a loopback port until {@link #close()}. */
    public static FakeHub started() {
        FakeHub hub = new FakeHub();
        hub.server = new MockWebServer();
        hub.server.setDispatcher(hub);
        try {
            hub.server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hub;
    }

    /** The {@code HF_ENDPOINT} of a {@link #started()} fake, without a trailing slash. */
    public String url() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    /** {@code type} as in the API path: models, datasets or spaces. */
    public FakeHub repo(String type, String id) {
        repos.add(type + "/" + id);
        return this;
    }

    /** The contents of a file in a repository ({@code models/alice/x}), or null. */
    public byte[] file(String repo, String path) {
        return files.getOrDefault(repo, Map.of()).get(path);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String auth = request.getHeaders().get("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
        if (token != null && !whoamis.containsKey(token)) {
            return error(401, null, "Invalid credentials in Authorization header");
        }
        String method = request.getMethod();
        if (path.equals("/api/whoami-v2")) {
            return token == null
                    ? error(401, null, "Invalid credentials in Authorization header")
                    : json(200, whoamis.get(token));
        }
        if (path.equals("/api/repos/create") && "POST".equals(method)) {
            return create(token, body(request));
        }
        if (path.startsWith("/api/spaces/") && path.matches("/api/spaces/[^/]+/[^/]+/(variables|secrets|runtime)")) {
            return space(request, token, path);
        }
        if (path.endsWith("/preupload/main") && "POST".equals(method)) {
            String id = path.substring("/api/".length(), path.length() - "/preupload/main".length());
            if (!repos.contains(id)) {
                return error(token == null ? 401 : 404, "RepoNotFound", "Repository not found");
            }
            return READ_TOKEN.equals(token)
                    ? error(403, null, "You don't have the rights to write to " + id)
                    : lfs.preupload(request, files.getOrDefault(id, Map.of()), lfsPaths.getOrDefault(id, Set.of()));
        }
        if (path.endsWith("/commit/main") && "POST".equals(method)) {
            return commit(path.substring("/api/".length(), path.length() - "/commit/main".length()), body(request));
        }
        if (path.endsWith(".git/info/lfs/objects/batch")) {
            String id = path.substring(1, path.length() - ".git/info/lfs/objects/batch".length());
            String repo = id.startsWith("datasets/") || id.startsWith("spaces/") ? id : "models/" + id;
            if (token == null) {
                return error(401, null, "Invalid credentials in Authorization header");
            }
            if (!repos.contains(repo)) {
                return error(404, "RepoNotFound", "Repository not found");
            }
            return token.equals(READ_TOKEN)
                    ? error(403, null, "Authorization error.")
                    : lfs.batch(request, "/" + id + ".git/info/lfs/objects/verify");
        }
        if (path.endsWith(".git/info/lfs/objects/verify")) {
            // a Hub endpoint: it wants the token, like the rest of the Hub
            return token == null
                    ? error(401, null, "Invalid credentials in Authorization header")
                    : lfs.storage(request);
        }
        if (path.startsWith("/storage/")) {
            return lfs.storage(request);
        }
        if (!path.startsWith("/api/")) {
            return error(404, null, "Not found");
        }
        String repo = path.substring("/api/".length());
        if (repos.contains(repo)) {
            String id = repo.substring(repo.indexOf('/') + 1);
            JsonNode creation = created.get(repo);
            boolean isPrivate = creation != null && creation.path("private").asBoolean(false);
            return json(
                    200,
                    "{\"_id\":\"66aa\",\"id\":\"" + id + "\",\"author\":\"" + id.substring(0, id.indexOf('/'))
                            + "\",\"private\":" + isPrivate + ",\"gated\":false,\"disabled\":false,\"downloads\":12,"
                            + "\"likes\":0,\"tags\":[],\"sha\":\"" + heads.getOrDefault(repo, "0123abcd")
                            + "\",\"lastModified\":\"2026-01-02T03:04:05.000Z\"}");
        }
        return error(token == null ? 401 : 404, "RepoNotFound", "Repository not found");
    }

    /** Like the Hub: a read token may not create (403), nor may a member without write rights; existing: 409. */
    private MockResponse create(String token, String body) {
        if (token == null) {
            return error(401, null, "Invalid credentials in Authorization header");
        }
        JsonNode request = read(body);
        String type = request.path("type").asText("model");
        String organization = request.path("organization").asText(null);
        String namespace = organization == null ? "alice" : organization;
        if (token.equals(READ_TOKEN) || !List.of("alice", "acme").contains(namespace)) {
            return error(
                    403,
                    null,
                    "You don't have the rights to create a " + type + " under the namespace \"" + namespace + "\"");
        }
        if (conflictingCreates.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return error(409, null, "There is already a conflicting operation in progress on this repository");
        }
        String id = type + "s/" + namespace + "/" + request.path("name").asText();
        if (!repos.add(id)) {
            return error(409, null, "You already created this " + type + " repo");
        }
        created.put(id, request);
        return json(
                200,
                "{\"url\":\"https://hub.example/" + id + "\",\"name\":\"" + namespace + "/"
                        + request.path("name").asText() + "\"}");
    }

    private MockResponse commit(String id, String body) {
        if (!repos.contains(id)) {
            return error(404, "RepoNotFound", "Repository not found");
        }
        if (failCommits.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return error(500, null, "Internal Error - We're working hard to fix this as soon as possible!");
        }
        Optional<MockResponse> refused = lfs.refusal(body);
        if (refused.isPresent()) {
            return refused.get();
        }
        for (String line : body.lines().toList()) {
            JsonNode entry = read(line);
            JsonNode value = entry.path("value");
            String path = value.path("path").asText();
            Map<String, byte[]> held = files.computeIfAbsent(id, k -> new ConcurrentHashMap<>());
            if ("file".equals(entry.path("key").asText())) {
                held.put(path, Base64.getDecoder().decode(value.path("content").asText()));
                lfsPaths.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).remove(path);
            } else if ("lfsFile".equals(entry.path("key").asText())) {
                held.put(path, lfs.stored.get(value.path("oid").asText()));
                lfsPaths.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(path);
            }
        }
        commits.put(id, body);
        commitCounts.merge(id, 1, Integer::sum);
        String oid = String.format("%040x", commitIds.incrementAndGet());
        heads.put(id, oid);
        return json(
                200,
                "{\"commitUrl\":\"https://hub.example/" + id + "/commit/" + oid + "\",\"commitOid\":\"" + oid
                        + "\",\"pullRequestUrl\":null}");
    }

    private MockResponse space(RecordedRequest request, String token, String path) {
        String rest = path.substring("/api/spaces/".length());
        String id = rest.substring(0, rest.lastIndexOf('/'));
        String what = rest.substring(rest.lastIndexOf('/') + 1);
        if (token == null) {
            return error(401, null, "Invalid credentials in Authorization header");
        }
        if (!repos.contains("spaces/" + id)) {
            return error(404, "RepoNotFound", "Repository not found");
        }
        if (what.equals("runtime")) {
            List<String> stages = spaceStages;
            int look = runtimeLooks.merge(id, 1, Integer::sum) - 1;
            String stage = stages.get(Math.min(look, stages.size() - 1));
            ObjectNode runtime = JSON.createObjectNode().put("stage", stage);
            runtime.putObject("hardware").put("current", "cpu-basic").put("requested", "cpu-basic");
            if (stage.endsWith("_ERROR")) {
                runtime.put("errorMessage", spaceError);
            }
            return json(200, runtime.toString());
        }
        JsonNode body = read(body(request));
        (what.equals("secrets") ? secrets : variables)
                .computeIfAbsent(id, k -> new ConcurrentHashMap<>())
                .put(body.path("key").asText(), body.path("value").asText());
        return json(200, "{}");
    }

    private static String body(RecordedRequest request) {
        return request.getBody() == null ? "" : request.getBody().utf8();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text.isBlank() ? "{}" : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String whoami(String accessToken) {
        return "{\"type\":\"user\",\"id\":\"6100\",\"name\":\"alice\",\"fullname\":\"Alice Example\",\"email\":"
                + "\"alice@example.com\",\"emailVerified\":true,\"canPay\":false,\"periodEnd\":null,\"isPro\":false,"
                + "\"avatarUrl\":\"https://cdn.example/alice.png\",\"orgs\":" + ORGS + ",\"auth\":{\"type\":"
                + "\"access_token\",\"accessToken\":" + accessToken + "}}";
    }

    private static String accessToken(String displayName, String role, String more) {
        return "{\"displayName\":\"" + displayName + "\",\"role\":\"" + role + "\",\"createdAt\":"
                + "\"2026-01-01T00:00:00.000Z\"" + more + "}";
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .addHeader("X-Request-Id", "Root=1-fake")
                .body(body)
                .build();
    }

    static MockResponse error(int code, String errorCode, String message) {
        MockResponse.Builder response = new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .addHeader("X-Error-Message", message)
                .body("{\"error\":\"" + message + "\"}");
        if (errorCode != null) {
            response.addHeader("X-Error-Code", errorCode);
        }
        return response.build();
    }
}
