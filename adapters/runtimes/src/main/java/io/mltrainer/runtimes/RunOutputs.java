package io.mltrainer.runtimes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TrainingRun;
import io.mltrainer.core.pipeline.ProgressLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads what every training script leaves in its output folder, whichever runtime ran it. */
public final class RunOutputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunOutputs() {}

    /** The finished run from {@code metrics.json} (required) and {@code model_info.json} in the handle's folder. */
    public static TrainingRun read(RunHandle handle, long millis) {
        Path output = Path.of(handle.outputDir());
        JsonNode metrics = readJson(output.resolve("metrics.json"))
                .orElseThrow(() -> new StageException(
                        FailureKind.RUN_FAILED, "the training script ended without writing metrics.json"));
        JsonNode info = readJson(output.resolve("model_info.json")).orElse(JSON.createObjectNode());
        List<String> labels = new ArrayList<>();
        info.path("labels").forEach(l -> labels.add(l.asText()));
        return new TrainingRun(
                handle.runtime(),
                handle.runId(),
                output.toString(),
                ProgressLines.numbers(metrics),
                info.hasNonNull("best_model") ? info.get("best_model").asText() : null,
                ProgressLines.numbers(info.path("cv_scores")),
                labels,
                millis,
                handle);
    }

    private static Optional<JsonNode> readJson(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
