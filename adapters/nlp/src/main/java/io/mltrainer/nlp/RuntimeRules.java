package io.mltrainer.nlp;

import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where training should run, and on which GPU. Run after the dataset rules, so that "owner/slug on Kaggle" (data)
 * is already masked and only "train on Kaggle" (runtime) is left.
 */
final class RuntimeRules {
    private static final Pattern MODAL = Pattern.compile("(?i)\\bmodal(?:\\.com)?\\b");
    private static final Pattern KAGGLE =
            Pattern.compile("(?i)\\b(?:(?:on|in|using|via|with|auf|sur|en|mit|avec|con)\\s+(?:a\\s+|the\\s+)?kaggle\\b"
                    + "(?!\\s*(?:data\\s*sets?|datasets?|data|competitions?))"
                    + "|kaggle(?:'s)?\\s+(?:free\\s+)?(?:gpus?|notebooks?|kernels?|runtime|machines?|accelerators?))");
    private static final Pattern LOCAL = Pattern.compile(
            "(?i)\\b(?:locally|local(?:\\s+(?:machine|runtime|training|cpu|gpu))|on\\s+(?:my|this|our)\\s+"
                    + "(?:own\\s+)?(?:machine|laptop|computer|pc|cpu|gpu|server|box)|on\\s+(?:the\\s+)?cpu|lokal"
                    + "|en local|localement|en mi (?:ordenador|computadora|máquina))\\b");
    private static final Pattern GPU =
            Pattern.compile("(?i)\\b(?:nvidia\\s+)?(t4|l4|a10g?|a100|h100|p100|l40s)(?:-\\d+gb)?\\b");

    /** Kaggle's free GPUs; the others are rented by the hour, which mltrainer does on Modal. */
    private static final Set<String> KAGGLE_GPUS = Set.of("T4", "P100");

    private RuntimeRules() {}

    static Optional<RuntimeSpec> read(MaskedText text) {
        String accelerator = gpu(text).orElse(null);
        Optional<RuntimeKind> kind = kind(text.current());
        if (kind.isEmpty() && accelerator != null) {
            // A GPU named without a place: the place that has it.
            kind = Optional.of(KAGGLE_GPUS.contains(accelerator) ? RuntimeKind.KAGGLE : RuntimeKind.MODAL);
        }
        return kind.map(k -> new RuntimeSpec(k, accelerator));
    }

    private static Optional<RuntimeKind> kind(String text) {
        if (MODAL.matcher(text).find()) {
            return Optional.of(RuntimeKind.MODAL);
        }
        if (KAGGLE.matcher(text).find()) {
            return Optional.of(RuntimeKind.KAGGLE);
        }
        return LOCAL.matcher(text).find() ? Optional.of(RuntimeKind.LOCAL) : Optional.empty();
    }

    private static Optional<String> gpu(MaskedText text) {
        Matcher m = text.matcher(GPU);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toUpperCase(Locale.ROOT);
        text.mask(m);
        return Optional.of(name.equals("A10") ? "A10G" : name);
    }
}
