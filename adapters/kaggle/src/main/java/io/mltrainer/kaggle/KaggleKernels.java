package io.mltrainer.kaggle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.StageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code kernels.KernelsApiService} calls kaggle-api makes to push a notebook and follow its session. */
final class KaggleKernels {
    private static final String SERVICE = "kernels.KernelsApiService";
    private static final int PAGE_SIZE = 100;

    private final KaggleRpc rpc;

    KaggleKernels(KaggleRpc rpc) {
        this.rpc = rpc;
    }

    /** A kernel to push: a private Python script. */
    record Push(
            String slug,
            String title,
            String script,
            boolean gpu,
            String machineShape,
            boolean internet,
            List<String> datasets) {}

    /** What SaveKernel answered: the kernel's ref and its page. */
    record Pushed(String ref, String url, int version) {}

    /** A session's state, normalised: {@code queued, running, complete, error, cancelrequested, ...}. */
    record Session(String status, String failureMessage) {
        boolean complete() {
            return status.equals("complete");
        }

        boolean failed() {
            return status.equals("error") || status.startsWith("cancel");
        }
    }

    /** A session's outputs: its log and the files it wrote (pre-signed URLs). */
    record Output(String log, List<OutputFile> files) {}

    record OutputFile(String name, String url) {}

    Pushed save(KaggleAuth auth, Push push) {
        ObjectNode body = rpc.body()
                .put("slug", push.slug())
                .put("newTitle", push.title())
                .put("text", push.script())
                .put("language", "python")
                .put("kernelType", "script")
                .put("isPrivate", true)
                .put("enableGpu", push.gpu())
                .put("enableTpu", false)
                .put("enableInternet", push.internet())
                .put("machineShape", push.machineShape());
        push.datasets().forEach(body.putArray("datasetDataSources")::add);
        body.putArray("competitionDataSources");
        body.putArray("kernelDataSources");
        body.putArray("modelDataSources");
        body.putArray("categoryIds");
        JsonNode reply = rpc.call(auth, SERVICE, "SaveKernel", body, "pushing the notebook " + push.slug());
        // Kaggle reports a refused push inside a 200.
        String error = reply.path("error").asText("");
        List<String> invalid = new ArrayList<>();
        reply.properties().forEach(field -> {
            if (field.getKey().startsWith("invalid")
                    && field.getValue().isArray()
                    && !field.getValue().isEmpty()) {
                invalid.add(field.getKey() + " " + field.getValue());
            }
        });
        if (!error.isBlank() || !invalid.isEmpty()) {
            throw StageException.badInput("Kaggle refused the notebook " + push.slug() + ": "
                    + (error.isBlank() ? "" : error + (invalid.isEmpty() ? "" : "; "))
                    + String.join("; ", invalid));
        }
        return new Pushed(
                ref(reply.path("ref").asText(""), push.slug()),
                reply.path("url").asText("https://www.kaggle.com/code/" + push.slug()),
                reply.path("versionNumber").asInt(0));
    }

    /** {@code /code/user/slug}, {@code user/slug} or nothing: {@code user/slug}. */
    private static String ref(String replied, String pushed) {
        String ref = replied.replaceFirst("^/", "").replaceFirst("^code/", "");
        return ref.contains("/") ? ref : pushed;
    }

    Session status(KaggleAuth auth, String user, String slug) {
        ObjectNode body = rpc.body().put("userName", user).put("kernelSlug", slug);
        JsonNode reply = rpc.call(auth, SERVICE, "GetKernelSessionStatus", body, "asking about " + user + "/" + slug);
        String failure = reply.path("failureMessage").asText("");
        return new Session(normalised(reply.path("status").asText("")), failure.isBlank() ? null : failure);
    }

    /** The session's log and files, over every page. */
    Output output(KaggleAuth auth, String user, String slug) {
        String log = null;
        List<OutputFile> files = new ArrayList<>();
        String token = null;
        do {
            ObjectNode body =
                    rpc.body().put("userName", user).put("kernelSlug", slug).put("pageSize", PAGE_SIZE);
            if (token != null) {
                body.put("pageToken", token);
            }
            JsonNode page = rpc.call(
                    auth, SERVICE, "ListKernelSessionOutput", body, "reading the output of " + user + "/" + slug);
            if (log == null
                    && page.hasNonNull("log")
                    && !page.path("log").asText().isEmpty()) {
                log = page.path("log").asText();
            }
            page.path("files")
                    .forEach(f -> files.add(new OutputFile(
                            f.path("fileName").asText(), f.path("url").asText())));
            token = page.path("nextPageToken").asText("");
        } while (!token.isBlank());
        return new Output(log, files);
    }

    /** {@code COMPLETE}, {@code complete}, {@code KERNEL_WORKER_STATUS_COMPLETE} and the like: {@code complete}. */
    static String normalised(String status) {
        String s = status.toLowerCase(Locale.ROOT).replace("_", "");
        for (String prefix : List.of("kernelworkerstatus", "kernelsessionstatus")) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
            }
        }
        return s;
    }
}
