package io.mltrainer.huggingface;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A loopback Hugging Face Hub that answers like the real one: {@code GET /api/whoami-v2} per Bearer token (401
 * "Invalid credentials in Authorization header" for any other), and {@code GET /api/{models|datasets|spaces}/{id}}
 * with 200, or {@code RepoNotFound} as 404 for a signed-in caller and 401 for an anonymous one.
 */
final class FakeHub extends Dispatcher {
    /** alice, member of acme (write) and of bigco (read). */
    static final String READ_TOKEN = "hf_ReadAliceAbCdEfGhIjKlMnOpQrStUvWx";

    static final String WRITE_TOKEN = "hf_WriteAliceZyXwVuTsRqPoNmLkJiHgFe";
    static final String ADMIN_TOKEN = "hf_AdminAlice0123456789AbCdEfGhIjKl";
    /** Fine-grained, with repo.write on the organisation acme only. */
    static final String ACME_SCOPED_TOKEN = "hf_FineAcme9876543210ZzYyXxWwVvUuTt";

    static final String BAD_TOKEN = "hf_RevokedQqQqQqQqQqQqQqQqQqQqQqQqQq";

    private static final String ORGS = "[{\"type\":\"org\",\"id\":\"6200aa\",\"name\":\"acme\",\"fullname\":\"ACME\","
            + "\"email\":null,\"canPay\":false,\"periodEnd\":null,\"avatarUrl\":\"https://cdn.example/acme.png\","
            + "\"roleInOrg\":\"write\",\"isEnterprise\":false},{\"type\":\"org\",\"id\":\"6200bb\",\"name\":\"bigco\","
            + "\"fullname\":\"BigCo\",\"roleInOrg\":\"read\",\"isEnterprise\":true}]";

    private final Map<String, String> whoamis = new HashMap<>();
    private final Set<String> repos = new HashSet<>();
    /** The bodies of the commits the Hub accepted, by repository ({@code datasets/alice/name}). */
    final Map<String, String> commits = new java.util.concurrent.ConcurrentHashMap<>();
    /** Git LFS and its storage, as the Hub's commit API uses them. */
    final FakeLfs lfs = new FakeLfs();

    FakeHub() {
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

    /** {@code type} as in the API path: models, datasets or spaces. */
    FakeHub repo(String type, String id) {
        repos.add(type + "/" + id);
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String auth = request.getHeaders().get("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
        if (token != null && !whoamis.containsKey(token)) {
            return error(401, null, "Invalid credentials in Authorization header");
        }
        if (path.equals("/api/whoami-v2")) {
            return token == null
                    ? error(401, null, "Invalid credentials in Authorization header")
                    : json(200, whoamis.get(token));
        }
        if (path.equals("/api/repos/create") && "POST".equals(request.getMethod())) {
            return create(
                    token, request.getBody() == null ? "" : request.getBody().utf8());
        }
        if (path.endsWith("/preupload/main") && "POST".equals(request.getMethod())) {
            String id = path.substring("/api/".length(), path.length() - "/preupload/main".length());
            if (!repos.contains(id)) {
                return error(token == null ? 401 : 404, "RepoNotFound", "Repository not found");
            }
            return READ_TOKEN.equals(token)
                    ? error(403, null, "You don't have the rights to write to " + id)
                    : lfs.preupload(request);
        }
        if (path.endsWith("/commit/main") && "POST".equals(request.getMethod())) {
            String id = path.substring("/api/".length(), path.length() - "/commit/main".length());
            if (!repos.contains(id)) {
                return error(404, "RepoNotFound", "Repository not found");
            }
            String body = request.getBody() == null ? "" : request.getBody().utf8();
            Optional<MockResponse> refused = lfs.refusal(body);
            if (refused.isPresent()) {
                return refused.get();
            }
            commits.put(id, body);
            return json(200, "{\"commitUrl\":\"https://hub.example/" + id + "/commit/abc\",\"commitOid\":\"abc\"}");
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
        if (path.startsWith("/storage/") || path.endsWith(".git/info/lfs/objects/verify")) {
            return lfs.storage(request);
        }
        String repo = path.substring("/api/".length());
        if (repos.contains(repo)) {
            String id = repo.substring(repo.indexOf('/') + 1);
            return json(
                    200,
                    "{\"_id\":\"66aa\",\"id\":\"" + id + "\",\"author\":\"" + id.substring(0, id.indexOf('/'))
                            + "\",\"private\":false,\"gated\":false,\"disabled\":false,\"downloads\":12,\"likes\":0,"
                            + "\"tags\":[],\"sha\":\"0123abcd\",\"lastModified\":\"2026-01-02T03:04:05.000Z\"}");
        }
        return error(token == null ? 401 : 404, "RepoNotFound", "Repository not found");
    }

    /** Like the Hub: a read token may not create (403), an existing repository is a 409. */
    private MockResponse create(String token, String body) {
        if (token == null) {
            return error(401, null, "Invalid credentials in Authorization header");
        }
        if (token.equals(READ_TOKEN)) {
            return error(403, null, "You don't have the rights to create a dataset under the namespace \"alice\"");
        }
        String name = body.replaceAll(".*\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String type = body.replaceAll(".*\"type\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String id = type + "s/alice/" + name;
        if (!repos.add(id)) {
            return error(409, null, "You already created this " + type + " repo");
        }
        return json(200, "{\"url\":\"https://hub.example/" + id + "\",\"name\":\"alice/" + name + "\"}");
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
