package io.mltrainer.nlp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model to start from, as the request writes it: a Hub model id ({@code meta-llama/Llama-3.1-8B}) or a family
 * with its version and size ("Llama 3 8B", "distilbert", "t5-small"). Resolving "Llama 3 8B" to a Hub id is left to
 * the architecture stage, which knows what is available.
 */
final class BaseModelRules {
    /** Families whose version follows the name, even after a space: "Llama 3", "Qwen 2.5", "Phi 3". */
    private static final String VERSIONED = "tiny-?llama|llama|qwen|gemma|phi(?=[\\s-]?\\d)|olmo|deepseek|mistral";

    private static final String OTHER = "mixtral|falcon|smollm|vicuna|zephyr|xlm-roberta|distilroberta|roberta"
            + "|distilbert|deberta|bert|electra|albert|camembert|flaubert|flan-t5|mt5|t5|bart|pegasus|marian-?mt"
            + "|opus-mt|nllb|m2m100|distilgpt-?2|gpt-?2|gpt-neo|gpt-j|deit|beit|swin|convnext|resnet|efficientnet"
            + "|mobilenet|yolo|rt-detr|detr|dinov2";
    private static final String FAMILY = VERSIONED + "|" + OTHER;
    /** What may follow after a space: a size ("8B", "350M") or a variant ("instruct", "base"). */
    private static final String VARIANTS = "(?:\\s+(?:\\d+(?:\\.\\d+)?[bm]|instruct|chat|base|large|small|mini|medium"
            + "|tiny|uncased|cased|hf)\\b)*";

    private static final Pattern MENTION = Pattern.compile("(?i)(?<![\\w/.-])("
            + "(?:" + VERSIONED + ")(?:[\\s-]?\\d+(?:\\.\\d+)?)?[\\w.-]*" + VARIANTS
            + "|(?:" + OTHER + ")[\\w.-]*" + VARIANTS
            // "vit" is also a French word: only the written-out ViT counts
            + "|(?-i:ViT)(?:-[\\w.-]+)?|vit-[\\w.-]+)(?![\\w/])");
    private static final Pattern FAMILY_NAME = Pattern.compile("(?i).*(?:" + FAMILY + "|vit-).*");
    private static final Pattern MODEL_ID = Pattern.compile("(?<![\\w/.-])(" + Lexicon.OWNER_NAME + ")(?![\\w/])");
    private static final Pattern MODEL_CONTEXT = Pattern.compile(
            "(?i)(?:fine-?tun\\w*|base model|checkpoint|model|start(?:ing)? from|on top of|based on)\\s+(?:the\\s+)?$");
    private static final Pattern DATASET_CONTEXT =
            Pattern.compile("(?i)(?:data\\s*set|dataset|corpus|\\bon|\\bfrom)\\s+(?:the\\s+)?$"
                    + "|^\\s*(?:data\\s*set|dataset|corpus)\\b");

    private BaseModelRules() {}

    static Optional<String> read(MaskedText text) {
        return hubId(text).or(() -> mention(text));
    }

    private static Optional<String> hubId(MaskedText text) {
        String current = text.current();
        Matcher m = text.matcher(MODEL_ID);
        while (m.find()) {
            String before = current.substring(Math.max(0, m.start() - 30), m.start());
            String after = current.substring(m.end(), Math.min(current.length(), m.end() + 12));
            // "start from X" says model whatever X is called; "on X" and "X dataset" say data even for
            // "mlabonne/guanaco-llama2-1k"; otherwise a family name in the id decides.
            boolean saysModel = MODEL_CONTEXT.matcher(before).find();
            boolean saysData = DATASET_CONTEXT.matcher(before).find()
                    || DATASET_CONTEXT.matcher(after).find();
            if (saysModel || !saysData && FAMILY_NAME.matcher(m.group(1)).matches()) {
                text.mask(m);
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mention(MaskedText text) {
        Matcher m = text.matcher(MENTION);
        if (!m.find()) {
            return Optional.empty();
        }
        String said = text.group(m, 1).replaceAll("[.-]+$", "").strip();
        text.mask(m.start(1), m.start(1) + said.length());
        return Optional.of(said);
    }
}
