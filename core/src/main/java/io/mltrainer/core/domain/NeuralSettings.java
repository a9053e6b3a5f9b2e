package io.mltrainer.core.domain;

import java.util.Objects;

/**
 * The numbers of a neural training run, chosen to fit the accelerator's memory: the per-device batch and the
 * gradient accumulation that together give the effective batch, the precision, the input size (tokens or pixels),
 * and for LLMs the fine-tuning method and LoRA rank (null otherwise).
 */
public record NeuralSettings(
        int epochs,
        int batchSize,
        int gradientAccumulation,
        double learningRate,
        Precision precision,
        Integer maxLength,
        Integer imageSize,
        FineTuning fineTuning,
        Integer loraRank,
        boolean gradientCheckpointing) {
    public NeuralSettings {
        Objects.requireNonNull(precision, "precision");
        if (epochs <= 0 || batchSize <= 0 || gradientAccumulation <= 0) {
            throw new IllegalArgumentException("epochs, batch size and gradient accumulation must be positive");
        }
    }

    public int effectiveBatch() {
        return batchSize * gradientAccumulation;
    }
}
