package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.Backbone;
import io.mltrainer.core.domain.NeuralSettings;
import java.util.List;

/** The backbone, the numbers and the accelerator a neural run was sized for, and what that should take. */
public record NeuralChoice(
        Backbone backbone,
        NeuralSettings settings,
        Catalogue.Accelerator accelerator,
        long seconds,
        double memoryGb,
        List<String> assumptions) {
    public NeuralChoice {
        assumptions = List.copyOf(assumptions);
    }
}
