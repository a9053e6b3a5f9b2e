package io.mltrainer.core.agents.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading table cells: nested values arrive as JSON text, plain values as text. */
final class Cells {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cells() {}

    /** The cell as JSON when it holds an array or object, else empty. */
    static Optional<JsonNode> json(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String t = cell.strip();
        if (!(t.startsWith("[") || t.startsWith("{"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(t));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static boolean isArray(String cell) {
        return json(cell).map(JsonNode::isArray).orElse(false);
    }

    static boolean isObject(String cell) {
        return json(cell).map(JsonNode::isObject).orElse(false);
    }

    /** The elements of an array cell as text (numbers as their digits). */
    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.isValueNode() ? v.asText() : v.toString()));
        }
        return values;
    }

    static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return text.strip().split("\\s+").length;
    }

    static boolean blank(String cell) {
        return cell == null || cell.isBlank();
    }
}
