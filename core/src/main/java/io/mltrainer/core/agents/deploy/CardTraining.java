package io.mltrainer.core.agents.deploy;

import io.mltrainer.core.agents.codegen.TrainingSpec;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TrainingRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The "how it was trained" lines of a model card: where, how long, and the numbers that shaped the model. */
final class CardTraining {
    private CardTraining() {}

    static List<String> lines(TrainingSpec spec, TrainingRun run) {
        List<String> lines = new ArrayList<>();
        lines.add("Hardware: " + hardware(spec));
        lines.add(String.format(Locale.ROOT, "Training time: %.1f s", run.durationMs() / 1000.0));
        for (ModelCandidate candidate : spec.model().candidates()) {
            lines.add("Candidate " + MarkdownText.escape(candidate.kind()) + params(candidate));
        }
        TrainingSpec.Training t = spec.training();
        add(lines, "Cross-validation folds", t.cvFolds());
        add(lines, "Epochs", t.epochs());
        add(lines, "Batch size", t.batchSize());
        add(lines, "Learning rate", t.learningRate());
        add(
                lines,
                "Fine-tuning",
                t.fineTuning() == null ? null : t.fineTuning().name().toLowerCase(Locale.ROOT));
        add(
                lines,
                "Precision",
                t.precision() == null ? null : t.precision().name().toLowerCase(Locale.ROOT));
        add(lines, "Forecast horizon", t.horizon());
        return lines;
    }

    private static String hardware(TrainingSpec spec) {
        String runtime = spec.runtime().id();
        if (spec.accelerator() != null) {
            return runtime + " (" + MarkdownText.escape(spec.accelerator()) + ")";
        }
        return spec.runtime() == RuntimeKind.LOCAL ? runtime + " (CPU)" : runtime;
    }

    private static String params(ModelCandidate candidate) {
        if (candidate.params().isEmpty()) {
            return "";
        }
        return candidate.params().entrySet().stream()
                .map(e -> MarkdownText.escape(e.getKey()) + "=" + ModelCard.exact(e.getValue()))
                .collect(Collectors.joining(", ", ": ", ""));
    }

    private static void add(List<String> lines, String name, Object value) {
        if (value != null) {
            lines.add(name + ": " + value);
        }
    }
}
