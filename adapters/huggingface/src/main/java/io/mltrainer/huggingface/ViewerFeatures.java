package io.mltrainer.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.port.out.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The viewer's {@code features} as core features: values, class labels with their names, images, sequences (of
 * class labels too), translations, and dicts such as {@code objects{bbox, category}} with the category names.
 */
final class ViewerFeatures {
    private ViewerFeatures() {}

    /** From first-rows' {@code [{name, type}]}, or info's {@code {name: type}}. */
    static List<Feature> of(JsonNode features) {
        List<Feature> result = new ArrayList<>();
        if (features.isArray()) {
            features.forEach(f -> result.add(feature(f.path("name").asText(), f.path("type"))));
        } else {
            for (Map.Entry<String, JsonNode> entry : features.properties()) {
                result.add(feature(entry.getKey(), entry.getValue()));
            }
        }
        return result;
    }

    static Feature feature(String name, JsonNode type) {
        if (type.isArray()) {
            return sequence(name, type.path(0));
        }
        String kind = type.path("_type").asText("");
        switch (kind) {
            case "Value":
                return new Feature(name, value(type.path("dtype").asText()), List.of());
            case "ClassLabel":
                return new Feature(name, Feature.Kind.CLASS_LABEL, names(type.path("names")));
            case "Image":
                return new Feature(name, Feature.Kind.IMAGE, List.of());
            case "Sequence":
            case "List":
            case "LargeList":
                return sequence(name, type.path("feature"));
            case "Translation":
            case "TranslationVariableLanguages":
                return new Feature(name, Feature.Kind.TRANSLATION, names(type.path("languages")));
            case "":
                return type.isObject()
                        ? new Feature(name, Feature.Kind.STRUCT, classNames(type))
                        : new Feature(name, Feature.Kind.OTHER, List.of());
            default:
                return new Feature(name, Feature.Kind.OTHER, List.of());
        }
    }

    private static Feature sequence(String name, JsonNode inner) {
        String kind = inner.path("_type").asText("");
        if (kind.equals("ClassLabel")) {
            return new Feature(name, Feature.Kind.SEQUENCE_CLASS_LABEL, names(inner.path("names")));
        }
        if (kind.isEmpty() && inner.isObject()) {
            return new Feature(name, Feature.Kind.STRUCT, classNames(inner));
        }
        return new Feature(name, Feature.Kind.SEQUENCE, List.of());
    }

    /** The class names anywhere inside a dict (its {@code category} or {@code label}), else none. */
    private static List<String> classNames(JsonNode node) {
        if (node.path("_type").asText("").equals("ClassLabel")) {
            return names(node.path("names"));
        }
        for (JsonNode child : node) {
            List<String> found = classNames(child.isArray() ? child.path(0) : child);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static Feature.Kind value(String dtype) {
        String d = dtype.toLowerCase(Locale.ROOT);
        if (d.contains("string")) {
            return Feature.Kind.STRING;
        }
        if (d.equals("bool")) {
            return Feature.Kind.BOOLEAN;
        }
        return d.startsWith("int") || d.startsWith("uint") || d.startsWith("float")
                ? Feature.Kind.NUMBER
                : Feature.Kind.OTHER;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
