package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Puts a local data file where a pushed notebook can read it: a private Kaggle dataset of the build owner, made the
 * way {@code kaggle datasets create} makes one (blob upload, then CreateDataset, or a new version of a dataset
 * already there), and waited for until Kaggle says it is ready. The notebook lists it in
 * {@code datasetDataSources} and finds the file under {@code /kaggle/input/<slug>/}.
 */
final class KaggleDataStaging {
    private static final String BLOBS = "blobs.BlobApiService";
    private static final String DATASETS = "datasets.DatasetApiService";

    private final KaggleRpc rpc;
    private final RetryConfig readiness;

    /** {@code readiness} says how long to wait for a new dataset to become ready. */
    KaggleDataStaging(KaggleRpc rpc, int checks, Duration between) {
        this.rpc = rpc;
        this.readiness = RetryConfig.<Boolean>custom()
                .maxAttempts(checks)
                .intervalFunction(IntervalFunction.of(between))
                .retryOnResult(ready -> !ready)
                .build();
    }

    /** Stages {@code file} as {@code user/slug} (private) and returns the dataset's ref once it is ready. */
    String stage(KaggleAuth auth, String user, String slug, String title, Path file) {
        String token = upload(auth, file);
        ObjectNode create = rpc.body()
                .put("ownerSlug", user)
                .put("slug", slug)
                .put("title", title)
                .put("licenseName", "unknown")
                .put("isPrivate", true);
        create.putArray("files").addObject().put("token", token);
        JsonNode reply = rpc.call(auth, DATASETS, "CreateDataset", create, "creating the dataset " + user + "/" + slug);
        String error = reply.path("error").asText("");
        if (!error.isBlank()) {
            if (!error.toLowerCase(java.util.Locale.ROOT).contains("already")) {
                throw StageException.badInput("Kaggle refused the private dataset " + user + "/" + slug + ": " + error);
            }
            newVersion(auth, user, slug, file);
        }
        awaitReady(auth, user, slug);
        return user + "/" + slug;
    }

    /** The dataset exists from an earlier try: its files are replaced by a new version. */
    private void newVersion(KaggleAuth auth, String user, String slug, Path file) {
        ObjectNode version = rpc.body().put("ownerSlug", user).put("datasetSlug", slug);
        ObjectNode body = version.putObject("body").put("versionNotes", "mltrainer: data of this build");
        body.put("deleteOldVersions", false);
        body.putArray("files").addObject().put("token", upload(auth, file));
        JsonNode reply =
                rpc.call(auth, DATASETS, "CreateDatasetVersion", version, "updating the dataset " + user + "/" + slug);
        String error = reply.path("error").asText("");
        if (!error.isBlank()) {
            throw StageException.badInput("Kaggle refused a new version of " + user + "/" + slug + ": " + error);
        }
    }

    private String upload(KaggleAuth auth, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = contentType(file);
        ObjectNode start = rpc.body()
                .put("type", "DATASET")
                .put("name", file.getFileName().toString())
                .put("contentLength", size)
                .put("contentType", type)
                .put("lastModifiedEpochSeconds", 0);
        JsonNode reply =
                rpc.call(auth, BLOBS, "StartBlobUpload", start, "starting the upload of " + file.getFileName());
        String url = reply.path("createUrl").asText("");
        String token = reply.path("token").asText("");
        if (url.isBlank() || token.isBlank()) {
            throw StageException.transientFailure("Kaggle gave no upload address for " + file.getFileName(), null);
        }
        rpc.upload(url, file, type);
        return token;
    }

    private void awaitReady(KaggleAuth auth, String user, String slug) {
        Retry retry = Retry.of("kaggle-dataset-" + slug, readiness);
        boolean ready =
                Retry.decorateSupplier(retry, () -> isReady(auth, user, slug)).get();
        if (!ready) {
            throw new StageException(
                    FailureKind.TRANSIENT,
                    "Kaggle has not finished processing the dataset " + user + "/" + slug + " yet; retry in a minute.");
        }
    }

    private boolean isReady(KaggleAuth auth, String user, String slug) {
        ObjectNode body = rpc.body().put("ownerSlug", user).put("datasetSlug", slug);
        JsonNode reply =
                rpc.call(auth, DATASETS, "GetDatasetStatus", body, "asking about the dataset " + user + "/" + slug);
        String status = KaggleKernels.normalised(reply.path("status").asText(""));
        if (status.equals("error") || status.equals("failed")) {
            throw StageException.badInput("Kaggle could not process the dataset " + user + "/" + slug + ".");
        }
        return status.equals("ready");
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv")) {
            return "text/csv";
        }
        if (name.endsWith(".zip")) {
            return "application/zip";
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
