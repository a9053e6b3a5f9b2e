package io.mltrainer.core.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.secrets.SecretScanner;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Masks anything that still looks like a credential in an event before it is stored or shown. It works on the
 * event's JSON form, so every string field of every event type is covered, including types added later; an event
 * with nothing to mask comes back as the same instance.
 */
public final class EventMasker implements UnaryOperator<JobEvent> {
    @Override
    public JobEvent apply(JobEvent event) {
        JsonNode tree = Json.MAPPER.valueToTree(event);
        if (!mask(tree)) {
            return event;
        }
        try {
            return Json.MAPPER.treeToValue(tree, JobEvent.class);
        } catch (JsonProcessingException e) {
            // failing loudly beats publishing the unmasked original
            throw new IllegalStateException("cannot mask a " + event.getClass().getSimpleName() + " event", e);
        }
    }

    /** Masks the strings under {@code node} in place; true when one changed. */
    private static boolean mask(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                changed |= field.getValue().isTextual()
                        ? replaced(field.getValue(), masked -> object.set(field.getKey(), masked))
                        : mask(field.getValue());
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                changed |= array.get(i).isTextual()
                        ? replaced(array.get(i), masked -> array.set(index, masked))
                        : mask(array.get(i));
            }
        }
        return changed;
    }

    private static boolean replaced(JsonNode text, Consumer<TextNode> put) {
        String masked = SecretScanner.maskAll(text.textValue());
        if (masked.equals(text.textValue())) {
            return false;
        }
        put.accept(TextNode.valueOf(masked));
        return true;
    }

    /** Made when the first event is masked: a command that publishes none ({@code jobs}) does not build it. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().build();

        private Json() {}
    }
}
