package io.mltrainer.core.agents.intent;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.IntakeResult;
import io.mltrainer.core.domain.OwnerModel;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.UnconfirmedTask;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.TabularReader;
import java.util.List;
import java.util.Optional;

/**
 * Understands the request: the words as the intake understood them (the request carries its {@code Understanding}),
 * or, for a build that started without an intake, read once here through the {@link ModelIntentReader} (a model when
 * one is available, else the offline parser); then what the user stated explicitly or verified in the intake wins.
 * It reads no data: for a local table it says what the words asked ({@link UnconfirmedTask}) and the dataset stage,
 * which reads the table once, settles the target and the task with it.
 */
public final class IntentAgent implements StageAgent {
    private final ModelIntentReader parser;
    private final TabularReader paths;

    /** {@code paths} only resolves where a local file is; it is never read here. */
    public IntentAgent(ModelIntentReader parser, TabularReader paths) {
        this.parser = parser;
        this.paths = paths;
    }

    @Override
    public Stage stage() {
        return Stage.INTENT;
    }

    @Override
    public StageResult run(StageInput input) {
        BuildRequest request = input.context().request();
        Optional<ParsedIntent> parsed =
                request.understood() != null ? request.understood().parsed() : read(input, request);
        String location = Optional.ofNullable(request.dataset())
                .or(() -> parsed.map(ParsedIntent::dataset).map(DatasetSpec::location))
                .or(() -> RequestRules.dataFile(request.text()))
                .orElseThrow(() -> StageException.question(
                        QuestionSlot.DATASET,
                        "Which data should I learn from? Name a CSV file in the request (\"... from"
                                + " data/houses.csv\") or pass --dataset PATH.",
                        List.of()));
        DatasetSourceKind source =
                request.dataset() != null || parsed.map(ParsedIntent::dataset).isEmpty()
                        ? DatasetLocations.classify(location, request.text())
                        : parsed.get().dataset().source();
        Optional<TaskType> stated = TaskAgreement.statedAnswer(request.text());
        Optional<TaskType> guessed = RequestRules.taskFromWords(request.text());
        TaskType parsedOrWords = parsed.map(ParsedIntent::taskType)
                .filter(t -> !t.isTabular() || guessed.isEmpty())
                .or(() -> guessed)
                .orElse(null);
        // The data has its say before planning: a table is not an image task (unless the person said so when asked).
        TaskType said = stated.orElse(
                source == DatasetSourceKind.LOCAL
                                && parsedOrWords != null
                                && parsedOrWords.isImage()
                                && TaskAgreement.isTableFile(location)
                        ? TaskAgreement.imagesOrTable(parsedOrWords, request.text(), location)
                        : parsedOrWords);
        Optional<TaskType> fromWords =
                stated.isPresent() || said != parsedOrWords ? Optional.ofNullable(said) : guessed;
        ParsedIntent base = parsed.orElseGet(() ->
                new ParsedIntent(said == null ? TaskType.TABULAR_CLASSIFICATION : said, request.text(), null, null));
        boolean tableTask = said == null
                || said.isTabular()
                || (said == TaskType.TIME_SERIES_FORECASTING
                        && stated.isEmpty()
                        && TaskAgreement.isTableFile(location));
        if (source != DatasetSourceKind.LOCAL || !tableTask) {
            if (said == null) {
                throw StageException.question(
                        QuestionSlot.TASK,
                        "What kind of model is it? For example: classify, predict a number, forecast, cluster,"
                                + " summarize, translate.",
                        List.of());
            }
            return forecast(base.withTaskType(said), request, location, source, parsed);
        }
        // A local table: its data settles the target and the task in the dataset stage, which reads it once.
        String path = paths.resolve(location);
        DatasetSpec dataset = said == TaskType.TIME_SERIES_FORECASTING
                ? forecastData(request, location, source, parsed)
                : tableData(parsed, path);
        ParsedIntent waiting =
                base.withTaskType(said == null ? base.taskType() : said).withDataset(dataset);
        return overlay(waiting, request, given(request, waiting.modelName()).orElse(null))
                .withUnconfirmed(new UnconfirmedTask(said, fromWords.orElse(null)));
    }

    /** The words read here: a build that started without an intake, or whose words changed since. */
    private Optional<ParsedIntent> read(StageInput input, BuildRequest request) {
        OwnerModel own =
                request.intake() == null ? null : request.intake().credentials().ownerModel();
        return parser.read(input.owner(), input.jobId(), request.text(), input.previousFailure(), own);
    }

    /** A task whose data the intent stage does not read (anything but a table's classes and numbers): as said. */
    private ParsedIntent forecast(
            ParsedIntent intent,
            BuildRequest request,
            String location,
            DatasetSourceKind source,
            Optional<ParsedIntent> parsed) {
        ParsedIntent settled = intent.withDataset(forecastData(request, location, source, parsed));
        return overlay(
                settled,
                request,
                given(request, intent.modelName()).orElseGet(() -> RequestRules.modelName(location, null)));
    }

    private DatasetSpec forecastData(
            BuildRequest request, String location, DatasetSourceKind source, Optional<ParsedIntent> parsed) {
        return parsed.map(ParsedIntent::dataset)
                .filter(d -> d.location().equals(location))
                .orElse(new DatasetSpec(
                        source,
                        source == DatasetSourceKind.LOCAL ? paths.resolve(location) : location,
                        request.target()));
    }

    /** A local table's spec before its data chose the target: the columns the words named, at the resolved path. */
    private static DatasetSpec tableData(Optional<ParsedIntent> parsed, String path) {
        DatasetSpec words =
                parsed.map(ParsedIntent::dataset).orElse(new DatasetSpec(DatasetSourceKind.LOCAL, path, null));
        return new DatasetSpec(
                DatasetSourceKind.LOCAL,
                path,
                null,
                words.textColumn(),
                words.labelColumn(),
                words.imageColumn(),
                words.config(),
                words.trainSplit(),
                words.validationSplit(),
                words.testSplit());
    }

    /**
     * What the user stated explicitly, or verified during the intake, wins over what was read into the words; the
     * model is named {@code modelName} (null: the dataset stage names it after the file and the target it settles).
     */
    private static ParsedIntent overlay(ParsedIntent intent, BuildRequest request, String modelName) {
        ParsedIntent named = intent.withModelName(modelName);
        IntakeResult verified = request.intake();
        if (verified == null) {
            return request.runtime() == null ? named : named.withRuntime(request.runtime());
        }
        return new ParsedIntent(
                named.taskType(),
                named.description(),
                named.expertise(),
                named.dataset(),
                named.hyperparameters(),
                named.fineTuning(),
                named.precision(),
                named.baseModel(),
                verified.deployment(),
                request.runtime() == null ? verified.runtime() : request.runtime(),
                named.modelName(),
                named.unconfirmed());
    }

    /** The name the user gave (it must already be a valid one), or the one read into the words. */
    private static Optional<String> given(BuildRequest request, String parsedName) {
        if (request.modelName() != null && !request.modelName().isBlank()) {
            String slug = RequestRules.slug(request.modelName());
            if (!slug.equals(request.modelName().trim())) {
                throw StageException.badInput(
                        "Model names may use lower-case letters, digits and dashes: try '" + slug + "'.");
            }
            return Optional.of(slug);
        }
        return Optional.ofNullable(parsedName).filter(n -> !n.isBlank()).map(RequestRules::slug);
    }
}
