package io.mltrainer.core.domain;

import java.util.Locale;
import java.util.regex.Pattern;

public enum Precision {
    FP32,
    FP16,
    BF16;

    /**
     * Model families whose activations overflow float16 (T5 and its kin, Qwen): trained in fp16 their losses turn to
     * NaN, so on a card without bfloat16 they train in fp32.
     */
    private static final Pattern OVERFLOWS_FP16 =
            Pattern.compile("(?i)(^|[/_.-])(flan-t5|t5|mt5|umt5|byt5|long-t5|qwen[0-9.]*)([/_.-]|$)");

    /** Whether fine-tuning this Hub model in float16 is known to diverge (NaN losses). */
    public static boolean overflowsFp16(String backbone) {
        return backbone != null
                && OVERFLOWS_FP16.matcher(backbone.toLowerCase(Locale.ROOT)).find();
    }

    /** The default on a GPU: bf16 where the card has it, else fp16, or fp32 for the families fp16 breaks. */
    public static Precision onGpu(boolean cardHasBf16, String backbone) {
        if (cardHasBf16) {
            return BF16;
        }
        return overflowsFp16(backbone) ? FP32 : FP16;
    }
}
