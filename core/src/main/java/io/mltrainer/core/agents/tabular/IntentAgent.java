package io.mltrainer.core.agents.tabular;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageResult;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.pipeline.StageAgent;
import io.mltrainer.core.pipeline.StageException;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.RawTable;
import io.mltrainer.core.port.TabularReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Understands a tabular request offline, by rules: the data file, the column to predict and whether that is a
 * class or a number (from the words, else from the column's values).
 */
public final class RuleIntentAgent implements StageAgent {
    private static final int HEAD_ROWS = 5_000;
    private static final Set<String> CONVENTIONAL_TARGETS =
            Set.of("target", "label", "labels", "class", "y", "outcome", "result");

    private final TabularReader reader;

    public RuleIntentAgent(TabularReader reader) {
        this.reader = reader;
    }

    @Override
    public Stage stage() {
        return Stage.INTENT;
    }

    @Override
    public StageResult run(StageInput input) {
        BuildRequest request = input.context().request();
        String location = Optional.ofNullable(request.dataset())
                .or(() -> RequestRules.dataFile(request.text()))
                .orElseThrow(() -> StageException.question(
                        "dataset",
                        "Which data should I learn from? Name a CSV file in the request (\"... from"
                                + " data/houses.csv\") or pass --dataset PATH.",
                        List.of()));
        String path = reader.resolve(location);
        Optional<TaskType> fromWords = RequestRules.taskFromWords(request.text());
        if (fromWords.isPresent() && !fromWords.get().isTabular()) {
            return new ParsedIntent(
                    fromWords.get(),
                    request.text(),
                    new DatasetSpec(DatasetSourceKind.LOCAL, path, null),
                    name(request, path, null));
        }
        RawTable head = reader.read(path, HEAD_ROWS);
        List<ColumnProfile> columns = DataProfiler.profile(head);
        String target = target(request, head.header(), columns, fromWords);
        ColumnProfile targetProfile = columns.stream()
                .filter(c -> c.name().equals(target))
                .findFirst()
                .orElseThrow();
        TaskType type =
                fromWords.orElseGet(() -> byValues(targetProfile, head.rows().size()));
        return new ParsedIntent(
                type,
                request.text(),
                new DatasetSpec(DatasetSourceKind.LOCAL, path, target),
                name(request, path, target));
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
                "target",
                "Which column should I predict? Candidates: " + String.join(", ", candidates)
                        + ". Name it in the request (\"predict price ...\") or pass --target COLUMN.",
                candidates);
    }

    /** A numeric column with many values is a quantity; anything else is a class. */
    static TaskType byValues(ColumnProfile target, int rows) {
        boolean manyValues = target.distinct() > 20 || target.distinct() > 0.2 * rows && target.distinct() > 10;
        return target.kind() == ColumnKind.NUMERIC && manyValues
                ? TaskType.TABULAR_REGRESSION
                : TaskType.TABULAR_CLASSIFICATION;
    }

    private static String name(BuildRequest request, String path, String target) {
        if (request.modelName() != null && !request.modelName().isBlank()) {
            String slug = RequestRules.slug(request.modelName());
            if (!slug.equals(request.modelName().trim())) {
                throw StageException.badInput(
                        "Model names may use lower-case letters, digits and dashes: try '" + slug + "'.");
            }
            return slug;
        }
        String file = path.replace('\\', '/');
        String stem = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
        return RequestRules.slug(target == null ? stem : stem + "-" + target);
    }
}
