package io.mltrainer.nlp;

import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.Hyperparameters;
import io.mltrainer.core.domain.Precision;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training knobs said in words: epochs, batch size, learning rate, max steps, LoRA/QLoRA, precision. A value out of
 * range ("lr 5") is left out rather than guessed, so the later stages choose it.
 */
final class TrainingRules {
    private static final String IS = "\\s*(?:=|:|of|to|at|is|von|de)?\\s*";
    private static final List<Pattern> EPOCHS = List.of(
            Pattern.compile(
                    "(?i)\\b" + Numbers.COUNT + "\\s*(?:training\\s+)?(?:epochs?|epochen|époques?|[ée]pocas?)\\b"),
            Pattern.compile(
                    "(?i)\\b(?:num_train_)?(?:epochs?|epochen|époques?|[ée]pocas?)" + IS + Numbers.COUNT + "\\b"));
    private static final List<Pattern> BATCH = List.of(
            Pattern.compile("(?i)\\b(?:per[_ ]device[_ ]train[_ ])?(?:batch[_ ]?size|bs|batchgröße|taille de lot"
                    + "|tamaño de lote)" + IS + Numbers.COUNT + "\\b"),
            Pattern.compile("(?i)\\b" + Numbers.COUNT + "\\s+(?:as\\s+(?:the\\s+)?)?batch[_ ]?size\\b"),
            Pattern.compile("(?i)\\bbatch(?:es)?\\s+of\\s+" + Numbers.COUNT + "\\b"));
    private static final List<Pattern> RATE = List.of(
            Pattern.compile("(?i)\\b(?:learning[_ ]rate|lr|lernrate|taux d'apprentissage|tasa de aprendizaje)" + IS
                    + Numbers.RATE + "(?![\\w.])"),
            Pattern.compile(
                    "(?i)(?<![\\w.])" + Numbers.RATE + "\\s+(?:as\\s+(?:the\\s+)?)?(?:learning[_ ]rate|lr)\\b"));
    private static final List<Pattern> STEPS = List.of(
            Pattern.compile("(?i)\\bmax[_ ]?steps" + IS + Numbers.COUNT + "\\b"),
            Pattern.compile("(?i)\\b" + Numbers.COUNT + "\\s+(?:training\\s+|optimi[sz]ation\\s+)?steps\\b"));

    private static final Pattern QLORA = Pattern.compile("(?i)\\b(?:q-?lora|4[- ]?bits?|int4|nf4)\\b");
    private static final Pattern LORA = Pattern.compile("(?i)\\b(?:lora|peft|adapters?)\\b");
    private static final Pattern FULL = Pattern.compile(
            "(?i)\\b(?:full(?:[- ]parameter)?\\s+fine-?tun\\w*|all (?:the )?weights|full fine-?tune)\\b");

    private static final Pattern BF16 = Pattern.compile("(?i)\\b(?:bf16|bfloat16|bfloat-16)\\b");
    private static final Pattern FP16 =
            Pattern.compile("(?i)\\b(?:fp16|float16|half[- ]precision|mixed[- ]precision)\\b");
    private static final Pattern FP32 = Pattern.compile("(?i)\\b(?:fp32|float32|full[- ]precision)\\b");

    private TrainingRules() {}

    static Hyperparameters hyperparameters(MaskedText text) {
        return new Hyperparameters(
                first(text, EPOCHS, Numbers::count).orElse(null),
                first(text, BATCH, Numbers::count).orElse(null),
                first(text, RATE, Numbers::rate).orElse(null),
                first(text, STEPS, Numbers::count).orElse(null));
    }

    private static <T> Optional<T> first(MaskedText text, List<Pattern> patterns, Function<String, Optional<T>> value) {
        for (Pattern pattern : patterns) {
            Matcher m = text.matcher(pattern);
            while (m.find()) {
                Optional<T> v = value.apply(m.group(1));
                if (v.isPresent()) {
                    text.mask(m);
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<FineTuning> fineTuning(String text) {
        if (QLORA.matcher(text).find()) {
            return Optional.of(FineTuning.QLORA);
        }
        if (LORA.matcher(text).find()) {
            return Optional.of(FineTuning.LORA);
        }
        return FULL.matcher(text).find() ? Optional.of(FineTuning.FULL) : Optional.empty();
    }

    static Optional<Precision> precision(String text) {
        if (BF16.matcher(text).find()) {
            return Optional.of(Precision.BF16);
        }
        if (FP16.matcher(text).find()) {
            return Optional.of(Precision.FP16);
        }
        return FP32.matcher(text).find() ? Optional.of(Precision.FP32) : Optional.empty();
    }
}
