package io.mltrainer.core.domain;

import java.util.Locale;

/** The pipeline's stages, in the order they run. */
public enum Stage {
    INTENT,
    DATASET,
    PREPROCESS,
    CONFIG,
    ARCHITECTURE,
    CODEGEN,
    TRAIN,
    DEPLOY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stage fromId(String id) {
        for (Stage stage : values()) {
            if (stage.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return stage;
            }
        }
        throw new IllegalArgumentException("unknown stage '" + id + "'; expected one of intent, dataset, preprocess,"
                + " config, architecture, codegen, train, deploy");
    }
}
