package io.mltrainer.core.domain;

import java.util.List;

/**
 * The model: classical candidates the script cross-validates (keeping the best), or a Hub {@code backbone} to
 * fine-tune; {@code library} is what the saved model belongs to (sklearn, torch, transformers, peft);
 * {@code estimate} is what the run should take before any compute is spent.
 */
public record ArchitectureSpec(List<ModelCandidate> candidates, Backbone backbone, String library, Estimate estimate)
        implements StageResult {
    public ArchitectureSpec {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        if (candidates.isEmpty() && backbone == null) {
            throw new IllegalArgumentException("an architecture needs at least one candidate or a backbone");
        }
        library = library == null ? (backbone == null ? "sklearn" : backbone.library()) : library;
    }

    public ArchitectureSpec(List<ModelCandidate> candidates) {
        this(candidates, null, null, null);
    }

    @Override
    public Stage stage() {
        return Stage.ARCHITECTURE;
    }
}
