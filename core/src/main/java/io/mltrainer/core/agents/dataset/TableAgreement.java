package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.agents.intent.RequestRules;
import io.mltrainer.core.agents.intent.TaskAgreement;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.UnconfirmedTask;
import io.mltrainer.core.port.out.RawTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A local table's words checked against its data, with the one read and profile of the dataset stage: which column
 * is the target (named, conventional, or asked), and whether it is a class or a number (a column of words is
 * classified; where the words said "regression" or "forecast" explicitly, the person is asked). Where the words did
 * not decide, the target's values do; classes predicted from nothing but free text are a text classification.
 */
final class TableAgreement {
    private static final Set<String> CONVENTIONAL_TARGETS =
            Set.of("target", "label", "labels", "class", "y", "outcome", "result");

    private TableAgreement() {}

    /** The intent as the table settles it: its target, task and name, with nothing left unconfirmed. */
    static ParsedIntent settle(
            ParsedIntent intent, BuildRequest request, RawTable table, List<ColumnProfile> columns, String where) {
        UnconfirmedTask words = intent.unconfirmed();
        TaskType said = words.said();
        Optional<TaskType> fromWords = Optional.ofNullable(words.fromWords());
        List<String> header = table.header();
        if (header.size() == 1) {
            throw StageException.badInput(
                    DataShapes.singleColumn(intent.dataset().location(), header.get(0)));
        }
        if (said == TaskType.TIME_SERIES_FORECASTING) {
            // A forecast of a column of words is no forecast: classify it, or ask when "forecast" was said.
            TaskType agreed = namedTarget(request, header, columns)
                    .map(t -> TaskAgreement.quantityOrClasses(said, request.text(), t))
                    .orElse(said);
            if (agreed == said) {
                return named(intent, intent.dataset().location(), null).withUnconfirmed(null);
            }
            fromWords = Optional.of(agreed);
        }
        Optional<TaskType> tabularWords =
                said == null || said.isTabular() ? fromWords.or(() -> Optional.ofNullable(said)) : Optional.of(said);
        String target = target(request, header, columns, tabularWords);
        ColumnProfile targetProfile = columns.stream()
                .filter(c -> c.name().equals(target))
                .findFirst()
                .orElseThrow();
        TaskType chosen =
                fromWords.orElseGet(() -> byValues(targetProfile, table.rows().size()));
        TaskType type = textInsteadOfTable(
                chosen == TaskType.TABULAR_REGRESSION
                                && TaskAgreement.statedAnswer(request.text()).isEmpty()
                        ? TaskAgreement.quantityOrClasses(chosen, request.text(), targetProfile)
                        : chosen,
                columns,
                target);
        String path = said == TaskType.TIME_SERIES_FORECASTING
                ? where
                : intent.dataset().location();
        DatasetSpec data = intent.dataset();
        DatasetSpec spec = new DatasetSpec(
                DatasetSourceKind.LOCAL,
                path,
                target,
                data.textColumn(),
                data.labelColumn(),
                data.imageColumn(),
                data.config(),
                data.trainSplit(),
                data.validationSplit(),
                data.testSplit());
        return named(intent.withTaskType(type).withDataset(spec), path, target).withUnconfirmed(null);
    }

    /** Named as the person or the words named it, else after the file and its target. */
    private static ParsedIntent named(ParsedIntent intent, String path, String target) {
        return intent.modelName() != null ? intent : intent.withModelName(RequestRules.modelName(path, target));
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
}
