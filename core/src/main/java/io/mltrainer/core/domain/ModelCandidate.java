package io.mltrainer.core.domain;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One model family the script cross-validates, with its hyperparameters (numbers only, sorted by name). */
public record ModelCandidate(String kind, Map<String, Double> params) {
    public ModelCandidate {
        Objects.requireNonNull(kind, "kind");
        params = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }
}
