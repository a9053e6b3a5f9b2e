package io.mltrainer.core.agents.intent;

import io.mltrainer.core.agents.dataset.DataProfiler;
import io.mltrainer.core.agents.dataset.DataShapes;
import io.mltrainer.core.agents.dataset.LocalDataPolicy;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
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
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.port.out.TabularReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Understands the request: the words as the intake understood them (the request carries its {@code Understanding}),
 * or, for a build that started without an intake, read once here through the {@link ModelIntentReader} (a model when
 * one is available, else the offline parser); then what the user stated explicitly or verified in the intake wins. For a local table it also
 * finds the column to predict and, when the words do not say, whether that is a class or a number.
 */
public final class IntentAgent implements StageAgent {
    private static final int HEAD_ROWS = 5_000;
    private static final Set<String> CONVENTIONAL_TARGETS =
            Set.of("target", "label", "labels", "class", "y", "outcome", "result");

    private final ModelIntentReader parser;
    private final TabularReader reader;
    private final LocalDataPolicy policy;

    public IntentAgent(ModelIntentReader parser, TabularReader reader) {
        this(parser, reader, LocalDataPolicy.UNRESTRICTED);
    }

    /** {@code policy} decides which local files a build may read (the header is read here to find the target). */
    public IntentAgent(ModelIntentReader parser, TabularReader reader, LocalDataPolicy policy) {
        this.parser = parser;
        this.reader = reader;
        this.policy = policy;
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
        String path = reader.resolve(location);
        policy.refusal(input.thread(), path).ifPresent(reason -> {
            throw StageException.badInput(reason);
        });
        RawTable head = reader.read(path, HEAD_ROWS);
        if (head.header().size() == 1) {
            throw StageException.badInput(
                    DataShapes.singleColumn(location, head.header().get(0)));
        }
        List<ColumnProfile> columns = DataProfiler.profile(head);
        if (said == TaskType.TIME_SERIES_FORECASTING) {
            // A forecast of a column of words is no forecast: classify it, or ask when "forecast" was said.
            Optional<ColumnProfile> named = namedTarget(request, head.header(), columns);
            TaskType agreed = named.map(t -> TaskAgreement.quantityOrClasses(said, request.text(), t))
                    .orElse(said);
            if (agreed == said) {
                return forecast(base, request, location, source, parsed);
            }
            fromWords = Optional.of(agreed);
        }
        Optional<TaskType> tabularWords =
                said == null || said.isTabular() ? fromWords.or(() -> Optional.ofNullable(said)) : Optional.of(said);
        String target = target(request, head.header(), columns, tabularWords);
        ColumnProfile targetProfile = columns.stream()
                .filter(c -> c.name().equals(target))
                .findFirst()
                .orElseThrow();
        TaskType words =
                fromWords.orElseGet(() -> byValues(targetProfile, head.rows().size()));
        TaskType type = textInsteadOfTable(
                words == TaskType.TABULAR_REGRESSION && stated.isEmpty()
                        ? TaskAgreement.quantityOrClasses(words, request.text(), targetProfile)
                        : words,
                columns,
                target);
        DatasetSpec dataset =
                parsed.map(ParsedIntent::dataset).orElse(new DatasetSpec(DatasetSourceKind.LOCAL, path, target));
        return overlay(
                base.withTaskType(type)
                        .withDataset(new DatasetSpec(
                                DatasetSourceKind.LOCAL,
                                path,
                                target,
                                dataset.textColumn(),
                                dataset.labelColumn(),
                                dataset.imageColumn(),
                                dataset.config(),
                                dataset.trainSplit(),
                                dataset.validationSplit(),
                                dataset.testSplit())),
                request,
                path,
                target);
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
        DatasetSpec dataset = parsed.map(ParsedIntent::dataset)
                .filter(d -> d.location().equals(location))
                .orElse(new DatasetSpec(
                        source,
                        source == DatasetSourceKind.LOCAL ? reader.resolve(location) : location,
                        request.target()));
        return overlay(intent.withDataset(dataset), request, location, null);
    }

    /** The column the request names as its target, when it names one that is there. */
    private static Optional<ColumnProfile> namedTarget(
            BuildRequest request, List<String> header, List<ColumnProfile> columns) {
        Optional<String> name = request.target() != null
                ? header.stream()
                        .filter(h -> h.equalsIgnoreCase(request.target()))
                        .findFirst()
                : RequestRules.mentionedColumns(request.text(), header).stream().findFirst();
        return name.flatMap(
                n -> columns.stream().filter(c -> c.name().equals(n)).findFirst());
    }

    /** What the user stated explicitly, or verified during the intake, wins over what was read into the words. */
    private static ParsedIntent overlay(ParsedIntent intent, BuildRequest request, String path, String target) {
        ParsedIntent named = intent.withModelName(name(request, path, target, intent.modelName()));
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
                named.modelName());
    }

    private static String target(
            BuildRequest request, List<String> header, List<ColumnProfile> columns, Optional<TaskType> type) {
        if (request.target() != null) {
            return header.stream()
                    .filter(h -> h.equals(request.target()))
                    .findFirst()
                    .or(() -> header.stream()
                            .filter(h -> h.equalsIgnoreCase(request.target()))
                            .findFirst())
                    .orElseThrow(() -> StageException.badInput("The data has no column '" + request.target()
                            + "'. Its columns are: " + String.join(", ", header) + "."));
        }
        List<String> mentioned = RequestRules.mentionedColumns(request.text(), header);
        if (!mentioned.isEmpty()) {
            return mentioned.get(0);
        }
        List<String> conventional = header.stream()
                .filter(h -> CONVENTIONAL_TARGETS.contains(h.trim().toLowerCase(Locale.ROOT)))
                .toList();
        if (conventional.size() == 1) {
            return conventional.get(0);
        }
        List<String> categorical = columns.stream()
                .filter(c -> c.kind() == ColumnKind.CATEGORICAL && !c.idLike() && !c.constant())
                .map(ColumnProfile::name)
                .toList();
        if (type.equals(Optional.of(TaskType.TABULAR_CLASSIFICATION)) && categorical.size() == 1) {
            return categorical.get(0);
        }
        List<String> candidates = type.equals(Optional.of(TaskType.TABULAR_REGRESSION))
                ? columns.stream()
                        .filter(c -> c.kind() == ColumnKind.NUMERIC && !c.idLike())
                        .map(ColumnProfile::name)
                        .toList()
                : columns.stream()
                        .filter(c -> !c.idLike() && !c.constant() && c.kind() != ColumnKind.EMPTY)
                        .map(ColumnProfile::name)
                        .toList();
        throw StageException.question(
                QuestionSlot.TARGET,
                "Which column should I predict? Candidates: " + String.join(", ", candidates)
                        + ". Name it in the request (\"predict price ...\") or pass --target COLUMN.",
                candidates);
    }

    /** Classes predicted from nothing but free text are a text classification (spam from an email's body). */
    static TaskType textInsteadOfTable(TaskType type, List<ColumnProfile> columns, String target) {
        List<ColumnProfile> inputs = columns.stream()
                .filter(c -> !c.name().equals(target) && !c.idLike() && c.kind() != ColumnKind.EMPTY)
                .toList();
        boolean onlyText = !inputs.isEmpty() && inputs.stream().allMatch(c -> c.kind() == ColumnKind.TEXT);
        return type == TaskType.TABULAR_CLASSIFICATION && onlyText ? TaskType.TEXT_CLASSIFICATION : type;
    }

    /** A numeric column with many values is a quantity; anything else is a class. */
    static TaskType byValues(ColumnProfile target, int rows) {
        boolean manyValues = target.distinct() > 20 || target.distinct() > 0.2 * rows && target.distinct() > 10;
        return target.kind() == ColumnKind.NUMERIC && manyValues
                ? TaskType.TABULAR_REGRESSION
                : TaskType.TABULAR_CLASSIFICATION;
    }

    private static String name(BuildRequest request, String path, String target, String parsedName) {
        if (request.modelName() != null && !request.modelName().isBlank()) {
            String slug = RequestRules.slug(request.modelName());
            if (!slug.equals(request.modelName().trim())) {
                throw StageException.badInput(
                        "Model names may use lower-case letters, digits and dashes: try '" + slug + "'.");
            }
            return slug;
        }
        if (parsedName != null && !parsedName.isBlank()) {
            return RequestRules.slug(parsedName);
        }
        String file = path.replace('\\', '/');
        String stem = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
        return RequestRules.slug(target == null ? stem : stem + "-" + target);
    }
}
