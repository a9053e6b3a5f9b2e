package io.mltrainer.huggingface;

import java.util.HashMap;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A loopback dataset viewer that answers like the real one: JSON bodies per endpoint and dataset, 401
 * {@code ExternalUnauthenticatedError} for gated datasets without the right token, 404 for unknown ones, and 500
 * {@code ResponseNotReady} where a dataset is still being processed.
 */
final class FakeDatasetViewer extends Dispatcher {
    static final String GOOD_TOKEN = "hf_fake_good_token";

    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, String> gated = new HashMap<>();
    private final Map<String, String> notReady = new HashMap<>();

    /** {@code endpoint} is is-valid, splits, info, first-rows or size. */
    FakeDatasetViewer answer(String endpoint, String dataset, String json) {
        bodies.put(endpoint + "|" + dataset, json);
        return this;
    }

    FakeDatasetViewer gated(String dataset) {
        gated.put(dataset, dataset);
        return this;
    }

    FakeDatasetViewer notReady(String dataset) {
        notReady.put(dataset, dataset);
        return this;
    }

    /** A dataset with one config and the usual splits, whose first rows and features are given. */
    FakeDatasetViewer dataset(
            String dataset, String config, String infoFeatures, String features, String rows, long examples) {
        answer(
                "is-valid",
                dataset,
                "{\"preview\":true,\"viewer\":true,\"search\":true,\"filter\":true," + "\"statistics\":true}");
        answer(
                "splits",
                dataset,
                "{\"splits\":[{\"dataset\":\"" + dataset + "\",\"config\":\"" + config
                        + "\",\"split\":\"train\"},{\"dataset\":\"" + dataset + "\",\"config\":\"" + config
                        + "\",\"split\":\"test\"}],\"pending\":[],\"failed\":[]}");
        answer(
                "info",
                dataset,
                "{\"dataset_info\":{\"config_name\":\"" + config + "\",\"features\":" + infoFeatures
                        + ",\"splits\":{\"train\":{\"name\":\"train\",\"num_examples\":" + examples
                        + "},\"test\":{\"name\":\"test\",\"num_examples\":100}}},\"partial\":false}");
        answer(
                "first-rows",
                dataset,
                "{\"dataset\":\"" + dataset + "\",\"config\":\"" + config + "\",\"split\":\"train\",\"features\":"
                        + features + ",\"rows\":" + rows + ",\"truncated\":false}");
        answer(
                "size",
                dataset,
                "{\"size\":{\"dataset\":{\"dataset\":\"" + dataset
                        + "\",\"num_bytes_original_files\":84125825,\"num_bytes_parquet_files\":70000000,\"num_rows\":"
                        + examples + "}},\"pending\":[],\"failed\":[],\"partial\":false}");
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String endpoint = request.getUrl().pathSegments().get(request.getUrl().pathSize() - 1);
        String dataset = request.getUrl().queryParameter("dataset");
        String auth = request.getHeaders().get("Authorization");
        if (dataset == null) {
            return error(422, "MissingRequiredParameter", "Parameter 'dataset' is required");
        }
        if (gated.containsKey(dataset) && !("Bearer " + GOOD_TOKEN).equals(auth)) {
            return auth == null
                    ? error(
                            401,
                            "ExternalUnauthenticatedError",
                            "The dataset does not exist, or is not accessible"
                                    + " without authentication (private or gated). Please check the spelling of the dataset"
                                    + " name or retry with authentication.")
                    : error(
                            404,
                            "ExternalAuthenticatedError",
                            "The dataset does not exist, or is not accessible"
                                    + " with the current credentials (private or gated).");
        }
        if (notReady.containsKey(dataset)) {
            return error(
                    500,
                    "ResponseNotReady",
                    "The server is busier than usual and the response is not ready" + " yet. Please retry later.");
        }
        String body = bodies.get(endpoint + "|" + dataset);
        if (body == null) {
            return auth == null
                    ? error(
                            401,
                            "ExternalUnauthenticatedError",
                            "The dataset does not exist, or is not accessible"
                                    + " without authentication (private or gated).")
                    : error(404, "ExternalAuthenticatedError", "The dataset does not exist.");
        }
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static MockResponse error(int status, String code, String message) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .addHeader("X-Error-Code", code)
                .body("{\"error\":\"" + message + "\"}")
                .build();
    }
}
