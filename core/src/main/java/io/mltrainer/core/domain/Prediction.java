package io.mltrainer.core.domain;

import java.util.Map;
import java.util.Objects;

/**
 * What a model said about one input: {@code value} (a class, a number) and, for classifiers that have them, the
 * probability of each class (null otherwise).
 */
public record Prediction(String value, Map<String, Double> probabilities) {
    public Prediction {
        Objects.requireNonNull(value, "value");
        probabilities = probabilities == null ? null : Map.copyOf(probabilities);
    }
}
