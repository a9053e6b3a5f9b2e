package io.mltrainer.core.domain;

import java.util.List;

/** The candidate models; the training script keeps the best by cross-validation. */
public record ArchitectureSpec(List<ModelCandidate> candidates) implements StageResult {
    public ArchitectureSpec {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("an architecture needs at least one candidate");
        }
    }

    @Override
    public Stage stage() {
        return Stage.ARCHITECTURE;
    }
}
