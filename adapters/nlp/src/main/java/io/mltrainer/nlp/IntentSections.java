package io.mltrainer.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.Hyperparameters;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The nested objects of an intent in JSON ({@code dataset}, {@code runtime}, ...), read for {@link IntentValidation}. */
final class IntentSections {
    private static final Set<String> DATASET = Lexicon.words(
            "source id url path target text_column label_column image_column config train_split validation_split test_split");
    private static final Set<String> RUNTIME = Lexicon.words("kind accelerator");
    private static final Set<String> HYPERPARAMETERS = Lexicon.words("epochs batch_size learning_rate max_steps");
    private static final Set<String> DEPLOYMENT = Lexicon.words("target namespace repository private space");
    private static final List<String> ACCELERATORS = List.of("T4", "L4", "A10G", "A100", "H100", "P100", "L40S");

    private IntentSections() {}

    static DatasetSpec dataset(JsonNode node, FieldReader r) {
        if (node == null) {
            return null;
        }
        r.onlyKnownKeys(node, "dataset", DATASET);
        DatasetSourceKind source = r.oneOf(node, "source", "dataset", DatasetSourceKind.class);
        if (source == null && !node.has("source")) {
            r.problem("dataset.source is missing; expected one of local, huggingface, kaggle, url, attachment");
        }
        String location = source == null ? null : location(node, source, r);
        String target = r.string(node, "target", "dataset");
        String text = r.string(node, "text_column", "dataset");
        String label = r.string(node, "label_column", "dataset");
        String image = r.string(node, "image_column", "dataset");
        String config = r.string(node, "config", "dataset");
        String train = r.string(node, "train_split", "dataset");
        String validation = r.string(node, "validation_split", "dataset");
        String test = r.string(node, "test_split", "dataset");
        return location == null
                ? null
                : new DatasetSpec(source, location, target, text, label, image, config, train, validation, test);
    }

    /** The one location key that the source takes: "id" for the Hub and Kaggle, "url", or "path". */
    private static String location(JsonNode node, DatasetSourceKind source, FieldReader r) {
        String key = IntentJson.locationKey(source);
        String sourceId = IntentJson.lower(source);
        for (String other : List.of("id", "url", "path")) {
            if (!other.equals(key) && node.hasNonNull(other)) {
                r.problem("dataset.source " + sourceId + " takes dataset." + key + ", not dataset." + other);
            }
        }
        String location = r.string(node, key, "dataset");
        if (location == null && !node.hasNonNull(key)) {
            r.problem("dataset." + key + " is missing; a " + sourceId + " dataset needs it");
        }
        if (location != null && source == DatasetSourceKind.URL && !location.matches("(?i)https?://\\S+")) {
            r.problem("dataset.url must start with http:// or https://, got '" + location + "'");
        }
        if (location != null
                && source == DatasetSourceKind.KAGGLE
                && !location.matches(IntentValidation.NAME + "/" + IntentValidation.NAME)) {
            r.problem("dataset.id of a kaggle dataset is owner/slug, got '" + location + "'");
        }
        return location;
    }

    static RuntimeSpec runtime(JsonNode node, FieldReader r) {
        if (node == null) {
            return null;
        }
        r.onlyKnownKeys(node, "runtime", RUNTIME);
        RuntimeKind kind = r.oneOf(node, "kind", "runtime", RuntimeKind.class);
        String accelerator = r.choice(node, "accelerator", "runtime", ACCELERATORS, a -> a.toUpperCase(Locale.ROOT));
        if (kind == null && !node.hasNonNull("kind")) {
            r.problem("runtime.kind is missing; expected one of local, kaggle, modal");
        }
        return kind == null ? null : new RuntimeSpec(kind, accelerator);
    }

    static Hyperparameters hyperparameters(JsonNode node, FieldReader r) {
        if (node == null) {
            return null;
        }
        r.onlyKnownKeys(node, "hyperparameters", HYPERPARAMETERS);
        return new Hyperparameters(
                r.positiveInt(node, "epochs", "hyperparameters"),
                r.positiveInt(node, "batch_size", "hyperparameters"),
                r.rate(node, "learning_rate", "hyperparameters"),
                r.positiveInt(node, "max_steps", "hyperparameters"));
    }

    static DeploymentSpec deployment(JsonNode node, FieldReader r) {
        if (node == null) {
            return null;
        }
        r.onlyKnownKeys(node, "deployment", DEPLOYMENT);
        DeployTarget target = r.oneOf(node, "target", "deployment", DeployTarget.class);
        String namespace = IntentValidation.name(r.string(node, "namespace", "deployment"), "deployment.namespace", r);
        String repository =
                IntentValidation.name(r.string(node, "repository", "deployment"), "deployment.repository", r);
        Boolean isPrivate = r.bool(node, "private", "deployment");
        Boolean space = r.bool(node, "space", "deployment");
        if (target == null) {
            // "where" is the only required part; without it nothing else about the deployment can be acted on
            if (!node.hasNonNull("target")) {
                r.problem("deployment.target is missing; expected one of local, huggingface");
            }
            return null;
        }
        return new DeploymentSpec(target, namespace, repository, isPrivate, space);
    }
}
