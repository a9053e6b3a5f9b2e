package io.mltrainer.runtimes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.Prediction;
import io.mltrainer.core.domain.PredictionInput;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.Predictor;
import io.mltrainer.core.port.out.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tries a model of the local registry with the local Python: the fixed {@code predict.py} shipped with mltrainer
 * (never generated code) loads {@code model.joblib} and reads the input as the training did. Loading a pickle runs
 * code that generated code chose, so it starts the way every local run does: in the {@link Sandbox} ({@link
 * PythonProcess}: its own scratch folder, the model folder read-only, none of this process's credentials).
 */
public final class LocalPredictor implements Predictor {
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "predict.py";
    private static final List<String> MODULES = List.of("sklearn", "pandas", "joblib");

    private final PythonLocator locator;
    private final Duration limit;
    private final Sandbox sandbox;

    /** Every prediction runs in {@code sandbox}. */
    public LocalPredictor(PythonLocator locator, Duration limit, Sandbox sandbox) {
        this.locator = locator;
        this.limit = limit;
        this.sandbox = sandbox;
    }

    @Override
    public Prediction predict(Path modelFolder, PredictionInput input) {
        List<String> modules = new ArrayList<>(MODULES);
        modules.addAll(input.modules());
        String python = locator.require(modules);
        return ScratchRun.inScratch("mltrainer-predict", scratch -> {
            Files.write(scratch.resolve(SCRIPT), script());
            Files.writeString(
                    scratch.resolve("request.json"), request(input, scratch).toString());
            return run(locator.installation(python), modelFolder.toAbsolutePath(), scratch);
        });
    }

    private Prediction run(PythonInstallation python, Path folder, Path scratch) throws IOException {
        ScratchRun.Ended ended = ScratchRun.run(
                sandbox, python, List.of(SCRIPT, folder.toString(), "request.json"), scratch, folder.toString(), limit);
        if (ended instanceof ScratchRun.Ended.TimedOut) {
            throw new StageException(
                    FailureKind.TIME_LIMIT, "The model took longer than " + limit.toSeconds() + " s to answer.");
        }
        if (ended instanceof ScratchRun.Ended.Interrupted) {
            throw new StageException(FailureKind.CANCELLED, "interrupted");
        }
        ScratchRun.Ended.Exited exited = (ScratchRun.Ended.Exited) ended;
        if (exited.code() != 0) {
            List<String> lines = Files.readAllLines(exited.stderr(), StandardCharsets.UTF_8);
            String last = lines.isEmpty() ? "exit code " + exited.code() : lines.get(lines.size() - 1);
            throw new StageException(FailureKind.BAD_INPUT, "The model could not read that input: " + last);
        }
        List<String> out = Files.readAllLines(exited.stdout(), StandardCharsets.UTF_8);
        return prediction(JSON.readTree(out.get(out.size() - 1)));
    }

    private static Prediction prediction(JsonNode json) {
        JsonNode probabilities = json.path("probabilities");
        Map<String, Double> classes = null;
        if (probabilities.isObject()) {
            classes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : probabilities.properties()) {
                classes.put(entry.getKey(), entry.getValue().asDouble());
            }
        }
        return new Prediction(json.path("prediction").asText(), classes);
    }

    /** The request; an image is copied into the run's own folder, the only place the sandbox shows besides the model. */
    private static ObjectNode request(PredictionInput input, Path scratch) throws IOException {
        ObjectNode request = JSON.createObjectNode();
        if (input instanceof PredictionInput.Row row) {
            request.put("kind", "row");
            ObjectNode values = request.putObject("values");
            row.values().forEach(values::put);
        } else if (input instanceof PredictionInput.Texts texts) {
            request.put("kind", "texts");
            ObjectNode values = request.putObject("texts");
            texts.texts().forEach(values::put);
        } else if (input instanceof PredictionInput.Image image) {
            String name = "input-image" + extension(image.file());
            Files.copy(image.file(), scratch.resolve(name));
            request.put("kind", "image").put("file", scratch.resolve(name).toString());
        }
        return request;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
    }

    private static byte[] script() throws IOException {
        try (InputStream in = LocalPredictor.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("predict.py is missing from the build");
            }
            return in.readAllBytes();
        }
    }
}
