package io.mltrainer.nlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.Hyperparameters;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.RuntimeSpec;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The JSON view of a {@link ParsedIntent}, in lower snake case: what {@code mltrainer parse --json} prints and what
 * the LLM path must answer. Every top-level key is always written (null when the request did not say), so scripts
 * can rely on the shape; inside {@code dataset} only the columns and splits that are set appear. The dataset's
 * location is {@code id} for the Hub and Kaggle, {@code url} for a URL, {@code path} for a local file or an
 * attachment. Enum values are written in lower case, accelerators as named ({@code A100}).
 */
public final class IntentJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private IntentJson() {}

    public static String write(ParsedIntent intent) {
        return toText(tree(intent));
    }

    /** The intent plus {@code uncertain}: whether the task type is a guess the dialogue should confirm. */
    public static String write(Understanding understanding) {
        ObjectNode root = tree(understanding.intent());
        root.put("uncertain", understanding.uncertain());
        return toText(root);
    }

    /** Reads and validates; every problem found is in the exception, worded for a retry prompt. */
    public static ParsedIntent read(String json) {
        return IntentValidation.validate(json).orElseThrow();
    }

    public static ObjectNode tree(ParsedIntent intent) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("task_type", intent.taskType().id());
        root.put("description", intent.description());
        root.put("expertise", lower(intent.expertise()));
        root.set("dataset", intent.dataset() == null ? null : dataset(intent.dataset()));
        root.set("runtime", runtime(intent.runtime()));
        root.set("hyperparameters", hyperparameters(intent.hyperparameters()));
        root.put("fine_tuning", lower(intent.fineTuning()));
        root.put("precision", lower(intent.precision()));
        root.put("base_model", intent.baseModel());
        root.set("deployment", deployment(intent.deployment()));
        root.put("model_name", intent.modelName());
        return root;
    }

    static String locationKey(DatasetSourceKind source) {
        return switch (source) {
            case HUGGINGFACE, KAGGLE -> "id";
            case URL -> "url";
            case LOCAL, ATTACHMENT -> "path";
        };
    }

    private static ObjectNode dataset(DatasetSpec d) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("source", lower(d.source()));
        node.put(locationKey(d.source()), d.location());
        putIfSet(node, "target", d.target());
        putIfSet(node, "text_column", d.textColumn());
        putIfSet(node, "label_column", d.labelColumn());
        putIfSet(node, "image_column", d.imageColumn());
        putIfSet(node, "config", d.config());
        putIfSet(node, "train_split", d.trainSplit());
        putIfSet(node, "validation_split", d.validationSplit());
        putIfSet(node, "test_split", d.testSplit());
        return node;
    }

    private static ObjectNode runtime(RuntimeSpec r) {
        return MAPPER.createObjectNode().put("kind", r.kind().id()).put("accelerator", r.accelerator());
    }

    private static ObjectNode hyperparameters(Hyperparameters h) {
        return MAPPER.createObjectNode()
                .put("epochs", h.epochs())
                .put("batch_size", h.batchSize())
                .put("learning_rate", h.learningRate())
                .put("max_steps", h.maxSteps());
    }

    private static ObjectNode deployment(DeploymentSpec d) {
        return MAPPER.createObjectNode()
                .put("target", lower(d.target()))
                .put("namespace", d.namespace())
                .put("repository", d.repository())
                .put("private", d.isPrivate())
                .put("space", d.space());
    }

    private static void putIfSet(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String toText(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
