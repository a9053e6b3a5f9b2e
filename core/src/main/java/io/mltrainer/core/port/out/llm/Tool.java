package io.mltrainer.core.port.out.llm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A capability a model or the offline dialogue may call. {@code execute} receives arguments whose secret references
 * the executor has already replaced by values; it must not log, return or store them. A service that cannot be
 * reached is reported as a {@code StageException} (transient), a refused credential as a refused result.
 */
public interface Tool {
    ToolSpec spec();

    ToolResult execute(JsonNode arguments);
}
