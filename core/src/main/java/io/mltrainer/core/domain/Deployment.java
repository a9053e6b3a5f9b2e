package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * Where the model went: {@code target} is "local" (the registry) or "huggingface". {@code location} is the local
 * registry folder (a Hub deploy keeps one too); for the Hub, {@code modelUrl} and {@code spaceUrl} (null without a
 * Space), the {@code commit} that holds the files (null when the Hub already had them all), the Space's runtime
 * {@code spaceStage} ({@code RUNNING}, {@code BUILD_ERROR}, …; null when not watched) and, when it failed, the tail
 * of its error in {@code spaceError}.
 */
public record Deployment(
        String target,
        String location,
        String modelUrl,
        String spaceUrl,
        String commit,
        String spaceStage,
        String spaceError)
        implements StageResult {
    public Deployment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(location, "location");
    }

    public Deployment(String target, String location, String modelUrl, String spaceUrl) {
        this(target, location, modelUrl, spaceUrl, null, null, null);
    }

    public boolean onHub() {
        return "huggingface".equals(target);
    }

    @Override
    public Stage stage() {
        return Stage.DEPLOY;
    }
}
