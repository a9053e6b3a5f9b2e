package io.mltrainer.datasets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.RawTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads JSON Lines (one object per line) and JSON (an array of objects, or an object holding one) into a table:
 * columns in first-seen order, scalar values as text, nested values (lists, objects) as JSON text.
 */
final class JsonTableReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonTableReader() {}

    static RawTable readLines(Path file, String shown, int maxRows) {
        List<JsonNode> rows = new ArrayList<>();
        long total = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                total++;
                if (rows.size() < maxRows) {
                    rows.add(object(shown, number, line));
                }
            }
        } catch (IOException e) {
            throw StageException.badInput("I could not read " + shown + ": " + e.getMessage());
        }
        return table(shown, rows, total);
    }

    static RawTable readDocument(Path file, String shown, int maxRows) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw StageException.badInput(
                    shown + " is not valid JSON (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage()
                            + ". For one record per line, name the file .jsonl.");
        } catch (IOException e) {
            throw StageException.badInput("I could not read " + shown + ": " + e.getMessage());
        }
        JsonNode records = records(root);
        if (records == null) {
            throw StageException.badInput(shown + " holds no list of records. Give an array of objects"
                    + " ([{\"text\": …, \"label\": …}, …]) or one object per line in a .jsonl file.");
        }
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode record : records) {
            if (rows.size() >= maxRows) {
                break;
            }
            if (!record.isObject()) {
                throw StageException.badInput(shown + ": record " + (rows.size() + 1) + " is not an object but "
                        + record.getNodeType().name().toLowerCase(Locale.ROOT) + ". Each record needs named fields.");
            }
            rows.add(record);
        }
        return table(shown, rows, records.size());
    }

    /** The array itself, or the first array of objects inside an object ({"data": [...]}). */
    private static JsonNode records(JsonNode root) {
        if (root == null) {
            return null;
        }
        if (root.isArray()) {
            return root;
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode value = field.getValue();
            if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
                return value;
            }
        }
        return null;
    }

    private static JsonNode object(String shown, long line, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject()) {
                throw StageException.badInput(shown + " line " + line + " is not a JSON object. JSON Lines files hold"
                        + " one {…} record per line.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw StageException.badInput(
                    shown + " line " + line + " is not valid JSON: " + e.getOriginalMessage() + ".");
        }
    }

    static RawTable table(String shown, List<JsonNode> rows, long total) {
        if (rows.isEmpty()) {
            throw StageException.badInput(shown + " holds no records: there is nothing to learn from.");
        }
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> r.fieldNames().forEachRemaining(columns::add));
        List<String> header = List.copyOf(columns);
        List<List<String>> cells = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> line = new ArrayList<>(header.size());
            for (String column : header) {
                line.add(cell(row.get(column)));
            }
            cells.add(line);
        }
        return new RawTable(header, cells, total);
    }

    static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
