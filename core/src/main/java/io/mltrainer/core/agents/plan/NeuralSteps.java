package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.TaskType;
import java.util.List;

/** The preprocessing of a fine-tuning run, in words, and the split it evaluates on. */
final class NeuralSteps {
    private NeuralSteps() {}

    /** "`document` as the input and `summary` as the labels", or the two sides of a translation column. */
    private static String sides(DataReport report) {
        var roles = report.roles();
        if (roles.target() == null && report.details() instanceof DataDetails.Seq2Seq pair) {
            return "the " + pair.sourceLanguage() + " side of `" + roles.text() + "` as the input and the "
                    + pair.targetLanguage() + " side as the labels";
        }
        return "`" + roles.text() + "` as the input and `" + roles.target() + "` as the labels";
    }

    static PreprocessPlan preprocess(TaskType type, DataReport report, NeuralChoice choice) {
        String model = choice.backbone().id();
        Integer length = choice.settings().maxLength();
        var roles = report.roles();
        List<String> steps = switch (type) {
            case IMAGE_CLASSIFICATION, IMAGE_REGRESSION ->
                List.of(
                        "resize `" + roles.image() + "` to 224×224 and normalise with " + model + "'s processor",
                        "random resized crops and horizontal flips for training");
            case OBJECT_DETECTION ->
                List.of(
                        "resize to 640 px on the longer side with " + model + "'s processor, boxes scaled along",
                        "COCO [x, y, width, height] boxes; boxes without area are dropped");
            case TOKEN_CLASSIFICATION ->
                List.of(
                        "tokenize the words of `" + roles.text() + "` with " + model + "'s tokenizer (up to " + length
                                + " tokens)",
                        "label the first sub-token of each word with its tag from `" + roles.label()
                                + "`, ignore the rest (-100)");
            case SUMMARIZATION, TRANSLATION ->
                List.of("tokenize " + sides(report) + " with " + model + "'s tokenizer, up to " + length + " tokens");
            case TEXT_GENERATION ->
                List.of("tokenize `" + roles.text() + "` and pack it into blocks of " + length + " tokens");
            case LLM_FINETUNING ->
                List.of("apply " + model + "'s chat template to `" + roles.text()
                        + "`, train on the assistant turns only, up to " + length + " tokens");
            default ->
                List.of("tokenize `" + roles.text() + "` with " + model + "'s tokenizer, truncate to " + length
                        + " tokens, pad per batch");
        };
        return plan(type, report, steps);
    }

    private static PreprocessPlan plan(TaskType type, DataReport report, List<String> steps) {
        double testSize = report.source().validationSplit() != null ? 0.1 : report.rows() < 500 ? 0.2 : 0.1;
        boolean stratify = type == TaskType.TEXT_CLASSIFICATION || type == TaskType.IMAGE_CLASSIFICATION;
        return new PreprocessPlan(
                List.of(), List.of(), List.of(), List.of(), testSize, ClassicalPlanner.SEED, stratify, steps);
    }
}
