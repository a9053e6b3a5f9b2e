package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.NeuralSettings;
import io.mltrainer.core.domain.PreprocessPlan;
import java.util.List;

/**
 * A model that trains in minutes on a CPU: the candidates the script compares, the library they belong to, the
 * preprocessing, how they are compared ({@code cvFolds}, 0 for none), the forecast horizon where it applies, the
 * numbers of a small CNN when one is planned, and the expected seconds.
 */
public record ClassicalChoice(
        List<ModelCandidate> candidates,
        String library,
        PreprocessPlan preprocess,
        int cvFolds,
        Integer horizon,
        NeuralSettings neural,
        long seconds,
        List<String> assumptions) {
    public ClassicalChoice {
        candidates = List.copyOf(candidates);
        assumptions = List.copyOf(assumptions);
    }
}
