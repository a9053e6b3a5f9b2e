package io.mltrainer.core.domain;

import java.util.Objects;

/** Where the model went: {@code target} is "local" (the registry) or "huggingface". */
public record Deployment(String target, String location, String modelUrl, String spaceUrl) implements StageResult {
    public Deployment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public Stage stage() {
        return Stage.DEPLOY;
    }
}
