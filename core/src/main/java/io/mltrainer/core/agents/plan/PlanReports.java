package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.Backbone;
import io.mltrainer.core.domain.DroppedColumn;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.NeuralSettings;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A build's plan in a few readable lines: preprocessing, model, training numbers and the estimate. */
public final class PlanReports {
    private PlanReports() {}

    public static List<String> render(JobContext context) {
        List<String> lines = new ArrayList<>();
        PreprocessPlan preprocess = context.preprocess();
        if (preprocess != null) {
            preprocess.steps().forEach(s -> lines.add("preprocess: " + s));
            if (preprocess.steps().isEmpty()) {
                lines.add("preprocess: " + preprocess.featureColumns().size() + " features ("
                        + preprocess.numeric().size() + " numeric, "
                        + preprocess.categorical().size()
                        + " categorical, " + preprocess.dates().size() + " dates)");
            }
            if (!preprocess.dropped().isEmpty()) {
                lines.add("dropped: "
                        + preprocess.dropped().stream().map(DroppedColumn::name).collect(Collectors.joining(", ")));
            }
        }
        ArchitectureSpec architecture = context.architecture();
        if (architecture != null) {
            lines.add("model: " + model(architecture));
        }
        TrainingConfig config = context.config();
        if (config != null) {
            lines.add("training: " + training(config, context.taskType().orElse(null)));
        }
        if (architecture != null && architecture.estimate() != null) {
            lines.add("estimate: " + architecture.estimate().headline());
            architecture.estimate().assumptions().forEach(a -> lines.add("  · " + a));
        }
        return lines;
    }

    private static String model(ArchitectureSpec architecture) {
        Backbone backbone = architecture.backbone();
        if (backbone != null) {
            return backbone.id() + " (" + NeuralPlanner.millions(backbone.paramsMillions()) + " parameters, "
                    + architecture.library()
                    + (backbone.catalogueVersion() == null ? "" : ", catalogue " + backbone.catalogueVersion()) + ")";
        }
        return architecture.candidates().stream().map(ModelCandidate::kind).collect(Collectors.joining(", ")) + " ("
                + architecture.library() + ")";
    }

    private static String training(TrainingConfig config, TaskType type) {
        String evaluation = type == TaskType.CLUSTERING
                ? "scored on all rows"
                : config.cvFolds() == 0 ? "held-out split" : config.cvFolds() + "-fold cross-validation";
        String line = evaluation + ", metrics " + String.join(", ", config.metrics());
        if (config.horizon() != null) {
            line += ", horizon " + config.horizon();
        }
        NeuralSettings n = config.neural();
        if (n != null) {
            line += String.format(
                    Locale.ROOT,
                    "; %d epochs, batch %d × %d, %s, learning rate %s%s%s%s",
                    n.epochs(),
                    n.batchSize(),
                    n.gradientAccumulation(),
                    n.precision().name().toLowerCase(Locale.ROOT),
                    n.learningRate(),
                    n.maxLength() == null ? "" : ", max length " + n.maxLength(),
                    n.imageSize() == null ? "" : ", images " + n.imageSize() + " px",
                    n.fineTuning() == null
                            ? ""
                            : ", " + n.fineTuning().name().toLowerCase(Locale.ROOT)
                                    + (n.loraRank() == null ? "" : " rank " + n.loraRank()));
        }
        return line;
    }
}
