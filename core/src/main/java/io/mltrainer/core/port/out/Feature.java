package io.mltrainer.core.port.out;

import java.util.List;
import java.util.Objects;

/**
 * A column as a host declares it (the dataset viewer's {@code features}): its kind and, for class labels (also
 * inside sequences and structs such as {@code objects.category}), the class names in id order.
 */
public record Feature(String name, Kind kind, List<String> classNames) {
    public Feature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
    }

    public enum Kind {
        STRING,
        NUMBER,
        BOOLEAN,
        CLASS_LABEL,
        IMAGE,
        SEQUENCE,
        SEQUENCE_CLASS_LABEL,
        STRUCT,
        TRANSLATION,
        OTHER
    }
}
