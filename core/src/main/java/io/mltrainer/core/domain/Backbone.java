package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * A pretrained model from the catalogue (or named by the user): its Hub id, size in millions of parameters, the
 * library that loads it, and the catalogue version it was picked from (null when the user named it).
 */
public record Backbone(String id, double paramsMillions, String library, String catalogueVersion) {
    public Backbone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(library, "library");
        if (paramsMillions <= 0) {
            throw new IllegalArgumentException("a backbone has a positive size: " + paramsMillions);
        }
    }
}
