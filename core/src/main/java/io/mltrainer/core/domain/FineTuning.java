package io.mltrainer.core.domain;

/** How an LLM is fine-tuned: all weights, or adapters (LoRA), or adapters on a 4-bit base (QLoRA). */
public enum FineTuning {
    FULL,
    LORA,
    QLORA
}
