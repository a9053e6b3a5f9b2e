package io.mltrainer.core.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One input to try a model with, in the shape its family takes. */
public sealed interface PredictionInput {
    /** A table row: column → the value as typed (the model's reader infers the types, as it did in training). */
    record Row(Map<String, String> values) implements PredictionInput {
        public Row {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }

    /** The text of each text column, in the model's order. */
    record Texts(Map<String, String> texts) implements PredictionInput {
        public Texts {
            texts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(texts));
        }
    }

    /** An image file. */
    record Image(Path file) implements PredictionInput {}

    /** The modules a Python needs to read this input. */
    default List<String> modules() {
        return this instanceof Image ? List.of("PIL", "numpy") : List.of();
    }
}
