package io.mltrainer.nlp;

import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.IntentParser;
import java.util.Optional;
import java.util.Set;

/**
 * The offline {@link IntentParser}: the task type by similarity to example requests (all-MiniLM-L6-v2) and
 * decisive words, the slots by rules. Needs no network, no key and no file. Empty only when the request points to
 * no task at all ("hello"); a doubtful task type is still returned, and {@link #understand} says it is doubtful.
 */
public final class OfflineIntentParser implements IntentParser {
    /** Tasks whose output is one value per row of a table, called its target; the others name a label column. */
    private static final Set<TaskType> TARGETED = Set.of(
            TaskType.TABULAR_CLASSIFICATION,
            TaskType.TABULAR_REGRESSION,
            TaskType.TIME_SERIES_FORECASTING,
            TaskType.CLUSTERING);

    private final TaskClassifier classifier;
    private final SlotExtractor slots;

    public OfflineIntentParser(TaskClassifier classifier, SlotExtractor slots) {
        this.classifier = classifier;
        this.slots = slots;
    }

    /** On the shared all-MiniLM-L6-v2 classifier; the model loads on the first request. */
    public static OfflineIntentParser withBundledModel() {
        return new OfflineIntentParser(TaskClassifier.shared(), new SlotExtractor());
    }

    @Override
    public Optional<ParsedIntent> parse(String request) {
        return understand(request).map(Understanding::intent);
    }

    public Optional<Understanding> understand(String request) {
        if (request == null || request.isBlank()) {
            return Optional.empty();
        }
        TaskGuess guess = classifier.classify(request);
        Slots said = slots.extract(request);
        if (!guess.pointsToATask() && said.isEmpty()) {
            return Optional.empty();
        }
        ParsedIntent intent = new ParsedIntent(
                guess.type(),
                request.strip(),
                said.expertise(),
                said.datasetSpec().map(d -> columnsFor(guess.type(), d)).orElse(null),
                said.hyperparameters(),
                said.fineTuning(),
                said.precision(),
                said.baseModel(),
                said.deployment(),
                said.runtime(),
                said.modelName());
        return Optional.of(new Understanding(intent, guess, said));
    }

    /**
     * Puts the predicted column where the task type reads it: "label column spam" of a tabular task is its target;
     * "predict sentiment" of a text task names its label column.
     */
    static DatasetSpec columnsFor(TaskType type, DatasetSpec d) {
        boolean targeted = TARGETED.contains(type);
        String target = d.target();
        String label = d.labelColumn();
        if (targeted && target == null && label != null) {
            target = label;
            label = null;
        } else if (!targeted && label == null && target != null) {
            label = target;
            target = null;
        }
        return new DatasetSpec(
                d.source(),
                d.location(),
                target,
                d.textColumn(),
                label,
                d.imageColumn(),
                d.config(),
                d.trainSplit(),
                d.validationSplit(),
                d.testSplit());
    }
}
