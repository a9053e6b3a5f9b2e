package io.mltrainer.core.chat;

import io.mltrainer.core.domain.Prediction;
import io.mltrainer.core.port.in.TryModelUseCase;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How a model's answer to {@code try} / {@code predict} is told, on every surface. */
public final class TryAnswers {
    private static final int TOP = 5;

    private TryAnswers() {}

    public static List<String> describe(TryModelUseCase.Result answer) {
        if (answer instanceof TryModelUseCase.Result.OnTheHub hub) {
            return List.of("This model runs on the Hub: try it in its demo, " + hub.spaceUrl());
        }
        TryModelUseCase.Result.Predicted predicted = (TryModelUseCase.Result.Predicted) answer;
        Prediction prediction = predicted.prediction();
        String line = predicted.target() + ": " + prediction.value();
        if (prediction.probabilities() == null || prediction.probabilities().isEmpty()) {
            return List.of(line);
        }
        String classes = prediction.probabilities().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP)
                .map(e -> String.format(Locale.ROOT, "%s %.1f %%", e.getKey(), 100 * e.getValue()))
                .collect(Collectors.joining(", "));
        return List.of(line, "  " + classes);
    }
}
