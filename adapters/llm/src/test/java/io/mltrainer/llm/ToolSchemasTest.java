package io.mltrainer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.mltrainer.core.port.out.llm.ToolSpec;
import org.junit.jupiter.api.Test;

class ToolSchemasTest {

    @Test
    void converts_a_tools_json_schema_into_langchain4j_types() {
        ToolSpec spec = new ToolSpec("check_dataset", "Checks a dataset.", """
                {"type": "object",
                 "properties": {
                   "dataset": {"type": "string", "description": "a Hub id"},
                   "split": {"type": "string", "enum": ["train", "test"]},
                   "max_rows": {"type": ["integer", "null"]},
                   "columns": {"type": "array", "items": {"type": "string"}},
                   "options": {"type": "object", "properties": {"streaming": {"type": "boolean"}}}},
                 "required": ["dataset"],
                 "additionalProperties": false}
                """);

        ToolSpecification converted = ToolSchemas.toSpecification(spec);

        JsonObjectSchema parameters = converted.parameters();
        assertThat(converted.name()).isEqualTo("check_dataset");
        assertThat(converted.description()).isEqualTo("Checks a dataset.");
        assertThat(parameters.required()).containsExactly("dataset");
        assertThat(parameters.additionalProperties()).isFalse();
        assertThat(parameters.properties().get("dataset"))
                .isInstanceOfSatisfying(
                        JsonStringSchema.class, s -> assertThat(s.description()).isEqualTo("a Hub id"));
        assertThat(parameters.properties().get("split"))
                .isInstanceOfSatisfying(
                        JsonEnumSchema.class, e -> assertThat(e.enumValues()).containsExactly("train", "test"));
        assertThat(parameters.properties().get("max_rows")).isInstanceOf(JsonIntegerSchema.class);
        assertThat(parameters.properties().get("columns"))
                .isInstanceOfSatisfying(
                        JsonArraySchema.class, a -> assertThat(a.items()).isInstanceOf(JsonStringSchema.class));
        assertThat(parameters.properties().get("options"))
                .isInstanceOfSatisfying(
                        JsonObjectSchema.class, o -> assertThat(o.properties()).containsKey("streaming"));
    }

    @Test
    void rejects_a_schema_that_is_not_a_json_object() {
        ToolSpec spec = new ToolSpec("broken_tool", "Broken.", "[1, 2]");

        assertThatThrownBy(() -> ToolSchemas.toSpecification(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken_tool");
    }
}
