package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.Precision;

/**
 * Rough, documented sizing of a transformer run from its parameter count. Memory: full fine-tuning with Adam keeps
 * about 16 bytes per parameter (weights, master weights, gradients, two moments); LoRA keeps the frozen weights
 * (2 bytes, 4 in fp32) plus small adapters; QLoRA about 0.55 bytes (4-bit weights and their scales). Activations take
 * about 34 bytes per token, hidden unit and layer in 16-bit (Korthikanti et al.), an eighth of that with gradient
 * checkpointing. Time: about 6 FLOPs per parameter and token for full training, 4 for LoRA (no weight gradients),
 * at a third of the accelerator's peak.
 */
public final class Sizing {
    static final double OVERHEAD_GB = 1.0;
    static final double GPU_UTILISATION = 0.33;
    static final double CPU_UTILISATION = 0.5;
    static final long SETUP_SECONDS = 120;

    private Sizing() {}

    /** A typical hidden size for a model of this many parameters. */
    static double hidden(double paramsM) {
        if (paramsM < 150) {
            return 768;
        }
        if (paramsM < 1_000) {
            return 1024;
        }
        if (paramsM < 3_000) {
            return 2048;
        }
        if (paramsM < 10_000) {
            return 4096;
        }
        return paramsM < 40_000 ? 5120 : 8192;
    }

    /** Layers implied by the size: a transformer layer holds about 12 h² parameters. */
    static double layers(double paramsM) {
        double h = hidden(paramsM);
        return Math.max(2, paramsM * 1e6 / (12 * h * h));
    }

    static double weightsGb(double paramsM, FineTuning method, Precision precision) {
        double params = paramsM * 1e6;
        double bytes = switch (method) {
            case FULL -> 16;
            case LORA -> precision == Precision.FP32 ? 4 : 2;
            case QLORA -> 0.55;
        };
        double adapters = method == FineTuning.FULL ? 0 : params * 0.01 * 16;
        return (params * bytes + adapters) / 1e9;
    }

    static double activationGbPerExample(double paramsM, int tokens, Precision precision, boolean checkpointing) {
        double bytes = tokens * hidden(paramsM) * layers(paramsM) * 34 * (precision == Precision.FP32 ? 2 : 1);
        return (checkpointing ? bytes / 8 : bytes) / 1e9;
    }

    public static double memoryGb(
            double paramsM, int tokens, int batch, FineTuning method, Precision precision, boolean checkpointing) {
        return OVERHEAD_GB
                + weightsGb(paramsM, method, precision)
                + batch * activationGbPerExample(paramsM, tokens, precision, checkpointing);
    }

    /** Seconds to train, setup included; {@code tokens} is the mean tokens per example actually processed. */
    public static long seconds(
            double paramsM,
            double tokens,
            long examples,
            int epochs,
            FineTuning method,
            Precision precision,
            Catalogue.Accelerator accelerator) {
        double perToken = method == FineTuning.FULL ? 6 : 4;
        double flops = perToken * paramsM * 1e6 * tokens * examples * epochs * (method == FineTuning.QLORA ? 1.3 : 1);
        double peak = accelerator.tflops() * 1e12 * (accelerator.gpu() && precision == Precision.FP32 ? 0.125 : 1);
        double rate = peak * (accelerator.gpu() ? GPU_UTILISATION : CPU_UTILISATION);
        return SETUP_SECONDS + Math.round(flops / rate * 1.1);
    }
}
