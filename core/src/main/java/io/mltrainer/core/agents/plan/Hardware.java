package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.StageException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The accelerators a build may use: the one the user chose (checked against what the runtime offers), else every one
 * the runtime offers, cheapest first.
 */
public record Hardware(RuntimeKind runtime, List<Catalogue.Accelerator> options, boolean chosen) {
    public Hardware {
        options = List.copyOf(options);
    }

    public static Hardware of(RuntimeSpec spec, Catalogue catalogue) {
        Catalogue.Offer offer = catalogue.offer(spec.kind());
        String asked = spec.accelerator();
        if (asked == null || asked.isBlank()) {
            return new Hardware(
                    spec.kind(),
                    offer.accelerators().stream().map(catalogue::accelerator).toList(),
                    false);
        }
        Catalogue.Accelerator accelerator = catalogue
                .find(asked.trim())
                .orElseThrow(() -> StageException.badInput("I do not know the accelerator '" + asked + "'. Known: "
                        + catalogue.accelerators().stream()
                                .map(Catalogue.Accelerator::name)
                                .collect(Collectors.joining(", "))
                        + "."));
        if (!offer.accelerators().contains(accelerator.name())) {
            throw StageException.badInput(refusal(spec.kind(), accelerator.name()));
        }
        return new Hardware(spec.kind(), List.of(accelerator), true);
    }

    private static String refusal(RuntimeKind runtime, String accelerator) {
        return switch (runtime) {
            case LOCAL ->
                "The local runtime trains on this machine's CPU, not on a " + accelerator + ". Use --runtime"
                        + " modal for a " + accelerator + ", or --runtime kaggle for a free T4.";
            case KAGGLE ->
                "Kaggle's GPU is a T4, not a " + accelerator + ". Use --runtime modal for a " + accelerator
                        + ", or drop the accelerator to train on Kaggle's T4.";
            case MODAL -> "Modal does not offer a " + accelerator + ". Choose T4, L4, A10G, A100 or H100.";
        };
    }

    public boolean gpu() {
        return options.stream().anyMatch(Catalogue.Accelerator::gpu);
    }
}
