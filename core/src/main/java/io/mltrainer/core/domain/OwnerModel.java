package io.mltrainer.core.domain;

import io.mltrainer.core.domain.secrets.SecretRef;
import java.util.Objects;

/** The build owner's own provider and key (a reference), tried before the configured providers. */
public record OwnerModel(LlmProvider provider, SecretRef key, String model) {
    public OwnerModel {
        Objects.requireNonNull(provider, "provider");
    }
}
