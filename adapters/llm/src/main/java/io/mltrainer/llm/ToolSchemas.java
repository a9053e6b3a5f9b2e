package io.mltrainer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.mltrainer.core.port.out.llm.ToolSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Our tools' JSON-schema text to LangChain4j's schema types, which each provider module renders in its own dialect.
 * Covers what tool arguments use: objects, arrays, strings, numbers, booleans, enums and {@code anyOf}.
 */
final class ToolSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolSchemas() {}

    static ToolSpecification toSpecification(ToolSpec spec) {
        return ToolSpecification.builder()
                .name(spec.name())
                .description(spec.description())
                .parameters(object(parse(spec)))
                .build();
    }

    static JsonObjectSchema object(JsonNode node) {
        List<String> required = new ArrayList<>();
        node.path("required").forEach(r -> required.add(r.asText()));
        JsonObjectSchema.Builder builder =
                JsonObjectSchema.builder().description(description(node)).required(required);
        for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
            builder.addProperty(property.getKey(), element(property.getValue()));
        }
        if (node.path("additionalProperties").isBoolean()) {
            builder.additionalProperties(node.path("additionalProperties").asBoolean());
        }
        return builder.build();
    }

    static JsonSchemaElement element(JsonNode node) {
        if (node.has("enum")) {
            return JsonEnumSchema.builder()
                    .description(description(node))
                    .enumValues(texts(node.path("enum")))
                    .build();
        }
        JsonNode anyOf = node.has("anyOf") ? node.path("anyOf") : node.path("oneOf");
        if (anyOf.isArray()) {
            return JsonAnyOfSchema.builder()
                    .description(description(node))
                    .anyOf(StreamSupport.stream(anyOf.spliterator(), false)
                            .map(ToolSchemas::element)
                            .toList())
                    .build();
        }
        return typed(type(node), node);
    }

    private static JsonSchemaElement typed(String type, JsonNode node) {
        String description = description(node);
        return switch (type) {
            case "object" -> object(node);
            case "array" ->
                JsonArraySchema.builder()
                        .description(description)
                        .items(node.has("items") ? element(node.path("items")) : new JsonStringSchema())
                        .build();
            case "string" -> JsonStringSchema.builder().description(description).build();
            case "integer" ->
                JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" ->
                JsonBooleanSchema.builder().description(description).build();
            case "null" -> new JsonNullSchema();
            default -> throw new IllegalArgumentException("unsupported JSON-schema type '" + type + "'");
        };
    }

    /**
     * {@code "type": ["string", "null"]} (an optional value) becomes its non-null type: Gemini's dialect has no type
     * lists, and leaving the property out of {@code required} already says it may be missing.
     */
    private static String type(JsonNode node) {
        JsonNode type = node.path("type");
        if (type.isArray()) {
            return texts(type).stream()
                    .filter(t -> !t.equals("null"))
                    .findFirst()
                    .orElse("null");
        }
        if (type.isTextual()) {
            return type.asText();
        }
        // No type means any value; a string is what every provider's dialect can say and a model can fill.
        return node.has("properties") ? "object" : "string";
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static String description(JsonNode node) {
        return node.path("description").isTextual() ? node.path("description").asText() : null;
    }

    private static JsonNode parse(ToolSpec spec) {
        try {
            JsonNode node = JSON.readTree(spec.parametersSchema());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the parameters schema of " + spec.name() + " is not an object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("the parameters schema of " + spec.name() + " is not JSON", e);
        }
    }
}
