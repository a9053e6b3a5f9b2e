package io.mltrainer.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads typed fields out of a JSON object and writes down every problem instead of stopping at the first, each
 * naming the field by its path ({@code hyperparameters.epochs}) and what was expected, so that a model asked to
 * try again knows exactly what to change.
 */
final class FieldReader {
    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return List.copyOf(problems);
    }

    void problem(String text) {
        problems.add(text);
    }

    /** Complains about keys the schema does not have, e.g. "learningRate" for "learning_rate". */
    void onlyKnownKeys(JsonNode object, String path, Set<String> known) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problem("unknown key '" + prefix(path) + name + "'; allowed: "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** A JSON object, or null when absent or null. */
    JsonNode object(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (absent(node)) {
            return null;
        }
        if (!node.isObject()) {
            problem(prefix(path) + key + " must be an object, got " + shown(node));
            return null;
        }
        return node;
    }

    String string(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (absent(node)) {
            return null;
        }
        if (!node.isTextual()) {
            problem(prefix(path) + key + " must be a string, got " + shown(node));
            return null;
        }
        return node.asText().isBlank() ? null : node.asText().strip();
    }

    Boolean bool(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (absent(node)) {
            return null;
        }
        if (!node.isBoolean()) {
            problem(prefix(path) + key + " must be true or false, got " + shown(node));
            return null;
        }
        return node.asBoolean();
    }

    Integer positiveInt(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (absent(node)) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() <= 0) {
            problem(prefix(path) + key + " must be a positive integer, got " + shown(node));
            return null;
        }
        return node.asInt();
    }

    Double rate(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (absent(node)) {
            return null;
        }
        if (!node.isNumber() || node.asDouble() <= 0 || node.asDouble() >= 1) {
            problem(prefix(path) + key + " must be a number between 0 and 1 (exclusive), got " + shown(node));
            return null;
        }
        return node.asDouble();
    }

    /** One of an enum's values, written in lower case. */
    <E extends Enum<E>> E oneOf(JsonNode parent, String key, String path, Class<E> type) {
        return choice(
                parent,
                key,
                path,
                Arrays.stream(type.getEnumConstants()).map(IntentJson::lower).toList(),
                s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
    }

    <T> T choice(JsonNode parent, String key, String path, List<String> allowed, Function<String, T> parse) {
        String value = string(parent, key, path);
        if (value == null) {
            return null;
        }
        String normalized = value.toLowerCase(Locale.ROOT).replace('-', '_');
        if (allowed.stream().noneMatch(a -> a.equalsIgnoreCase(normalized))) {
            problem(prefix(path) + key + " must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
            return null;
        }
        return parse.apply(normalized);
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + ".";
    }

    /** The value as JSON, so the model sees what it wrote: "three" (a string), 2.5, -1, [..]. */
    static String shown(JsonNode node) {
        String text = node.toString();
        String kind = node.isTextual()
                ? " (a string)"
                : node.isArray() ? " (an array)" : node.isObject() ? " (an object)" : "";
        return (text.length() > 60 ? text.substring(0, 57) + "..." : text) + kind;
    }
}
