package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A loopback Kaggle API: {@code POST /v1/datasets.DatasetApiService/{Method}} with camelCase JSON, Bearer or Basic
 * credentials, errors as HTTP status or inside a 200, and downloads redirected to a storage path that honours
 * {@code Range}.
 */
final class FakeKaggle extends Dispatcher {
    static final String TOKEN = "KGAT_fake_token";
    static final String USERNAME = "alice";
    static final String KEY = "fake-key-123";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Map<String, byte[]>> datasets = new LinkedHashMap<>();
    final List<String> authorizations = new ArrayList<>();
    final List<String> ranges = new ArrayList<>();
    final List<String> paths = new ArrayList<>();
    /** The most files one {@code ListDatasetFiles} page holds, whatever {@code pageSize} asks (Kaggle caps it too). */
    int filesPerPage = Integer.MAX_VALUE;

    FakeKaggle dataset(String ref, String file, byte[] content) {
        datasets.computeIfAbsent(ref, k -> new LinkedHashMap<>()).put(file, content);
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.startsWith("/storage/")) {
            return storage(request, path.substring("/storage/".length()));
        }
        String auth = request.getHeaders().get("Authorization");
        authorizations.add(auth);
        paths.add(path);
        String basic = "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + KEY).getBytes());
        if (!("Bearer " + TOKEN).equals(auth) && !basic.equals(auth)) {
            return json(401, "{\"code\":401,\"message\":\"Unauthenticated\"}");
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            return json(400, "{\"code\":400,\"message\":\"bad json\"}");
        }
        String ref =
                body.path("ownerSlug").asText() + "/" + body.path("datasetSlug").asText();
        Map<String, byte[]> files = datasets.get(ref);
        if (files == null) {
            // The current API sometimes answers 200 with the error inside.
            return json(200, "{\"code\":404,\"message\":\"Dataset not found\"}");
        }
        String method = path.substring(path.lastIndexOf('/') + 1);
        return switch (method) {
            case "GetDatasetMetadata" ->
                json(
                        200,
                        "{\"info\":{\"datasetSlug\":\""
                                + body.path("datasetSlug").asText()
                                + "\",\"ownerUser\":\"" + body.path("ownerSlug").asText()
                                + "\",\"title\":\"A test dataset\","
                                + "\"licenses\":[{\"name\":\"CC0-1.0\"}]},\"errorMessage\":null}");
            case "ListDatasetFiles" -> json(200, files(ref, files, body));
            case "DownloadDataset" ->
                new MockResponse.Builder()
                        .code(302)
                        .addHeader(
                                "Location",
                                "/storage/" + ref + "/" + body.path("fileName").asText())
                        .build();
            default -> json(404, "{\"code\":404,\"message\":\"no method " + method + "\"}");
        };
    }

    /** One page of the files: {@code pageToken} is the index of its first file, as an opaque string. */
    private String files(String ref, Map<String, byte[]> files, JsonNode body) {
        int size = Math.min(filesPerPage, body.path("pageSize").asInt(Integer.MAX_VALUE));
        int from = body.path("pageToken").asText("").isEmpty()
                ? 0
                : Integer.parseInt(body.path("pageToken").asText());
        List<Map.Entry<String, byte[]>> page =
                files.entrySet().stream().skip(from).limit(size).toList();
        String next = from + page.size() < files.size() ? Integer.toString(from + page.size()) : "";
        StringBuilder json = new StringBuilder("{\"datasetFiles\":[");
        int i = 0;
        for (var e : page) {
            json.append(i++ == 0 ? "" : ",")
                    .append("{\"ref\":\"")
                    .append(ref)
                    .append("/")
                    .append(e.getKey())
                    .append("\",\"name\":\"")
                    .append(e.getKey())
                    .append("\",\"totalBytes\":")
                    .append(e.getValue().length)
                    .append(",\"columns\":[]}");
        }
        return json.append("],\"errorMessage\":null,\"nextPageToken\":\"" + next + "\"}")
                .toString();
    }

    private MockResponse storage(RecordedRequest request, String key) {
        String ref = key.substring(0, key.indexOf('/', key.indexOf('/') + 1));
        byte[] content = datasets.get(ref).get(key.substring(ref.length() + 1));
        String range = request.getHeaders().get("Range");
        ranges.add(range);
        if (range == null) {
            return new MockResponse.Builder()
                    .code(200)
                    .body(new Buffer().write(content))
                    .build();
        }
        int end = Math.min(content.length - 1, Integer.parseInt(range.substring(range.indexOf('-') + 1)));
        return new MockResponse.Builder()
                .code(206)
                .addHeader("Content-Range", "bytes 0-" + end + "/" + content.length)
                .body(new Buffer().write(Arrays.copyOf(content, end + 1)))
                .build();
    }

    /** A JSON answer as Kaggle sends it. */
    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
