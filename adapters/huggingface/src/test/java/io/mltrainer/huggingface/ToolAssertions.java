package io.mltrainer.huggingface;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.port.out.llm.ToolSpec;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Shared test helpers: arguments from JSON, and checks that a result never carries a token. */
final class ToolAssertions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolAssertions() {}

    static JsonNode args(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertNoSecret(ToolResult result, String secret) {
        assertThat(result.message()).doesNotContain(secret);
        assertThat(result.facts().values()).allSatisfy(v -> assertThat(v).doesNotContain(secret));
    }

    /** The schema parses and requires exactly {@code required}. */
    static void assertSchema(ToolSpec spec, String... required) {
        JsonNode schema = args(spec.parametersSchema());
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder(required);
        schema.path("required")
                .forEach(r ->
                        assertThat(schema.path("properties").has(r.asText())).isTrue());
    }
}
