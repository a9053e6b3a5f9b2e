package io.mltrainer.nlp;

import io.mltrainer.core.domain.Expertise;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much the requester seems to know, from how they ask: "I'm new to this" is a beginner; several precise knobs
 * (a learning rate, LoRA, bf16, a batch size) are an expert; everyone else is in between.
 */
final class ExpertiseRules {
    private static final Pattern BEGINNER = Pattern.compile(
            "(?i)\\b(?:i'?m new|i am new|new to (?:this|ml|machine learning)|beginner|no idea|don'?t know (?:much|anything|how)"
                    + "|not (?:an? )?(?:expert|technical|programmer)|first time|simple terms|explain|anfänger|débutant"
                    + "|principiante)\\b");
    private static final Pattern KNOBS = Pattern.compile(
            "(?i)\\b(?:learning[_ ]rate|lr|batch[_ ]?size|epochs?|max[_ ]?steps|warmup|weight decay|q?lora|peft|bf16|fp16"
                    + "|gradient (?:accumulation|checkpointing)|adamw?|optimizer|scheduler|cross[- ]validation|f1"
                    + "|auc|rmse|hyperparameters?|dropout|4[- ]?bit)\\b");

    private ExpertiseRules() {}

    static Expertise read(String text) {
        if (BEGINNER.matcher(text).find()) {
            return Expertise.BEGINNER;
        }
        Matcher m = KNOBS.matcher(text);
        int knobs = 0;
        while (m.find()) {
            knobs++;
        }
        return knobs >= 2 ? Expertise.EXPERT : Expertise.INTERMEDIATE;
    }
}
