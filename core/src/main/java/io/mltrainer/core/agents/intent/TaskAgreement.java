package io.mltrainer.core.agents.intent;

import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task the words asked for, checked against the data before anything is planned: a table is not an image task,
 * a column of words is classified, not regressed or forecast. Where the words were only a guess the data decides;
 * where they were explicit ("photos", "forecast", "regression") and the data says otherwise, the person is asked
 * which one, and the answer ({@link QuestionSlot#TASK}, read back by {@link #statedAnswer}) wins from then on. The
 * intent stage applies the rules that need only a file's name; the dataset stage, which reads the table once, those
 * that need its columns.
 */
public final class TaskAgreement {
    private static final Pattern STATED = Pattern.compile("\\btask: ([a-z_]+)\\b");
    private static final Pattern TABLE_FILE =
            Pattern.compile("(?i).*\\.(csv|tsv|tab|txt|json|jsonl|ndjson|parquet|pq)$");
    private static final Pattern IMAGE_WORDS = Pattern.compile(
            "(?iu)(\\b(images?|photos?|pictures?|pics?|pixels?|camera|scans?|x-?rays?|selfies?|drawings?|imagen(es)?"
                    + "|fotos?|bilder?|imagens?)\\b|图片|照片|图像)");
    private static final Pattern EXPLICIT_QUANTITY =
            Pattern.compile("(?i)\\b(forecast\\w*|regress\\w*|time[ -]series|next (?:month|week|year|day)s?)\\b");

    private TaskAgreement() {}

    /** The task a person chose when asked (the answer appended to the request), which no rule overrides. */
    public static Optional<TaskType> statedAnswer(String text) {
        Matcher m = STATED.matcher(text);
        Optional<TaskType> last = Optional.empty();
        while (m.find()) {
            String id = m.group(1);
            last = Arrays.stream(TaskType.values())
                    .filter(t -> t.id().equals(id))
                    .findFirst();
        }
        return last;
    }

    /** A file that is read as a table; {@code metadata.csv} describes images beside it, so it is not. */
    static boolean isTableFile(String location) {
        String name = location.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return TABLE_FILE.matcher(name).matches() && !name.startsWith("metadata.");
    }

    /**
     * An image task asked of a table: the table's task when nothing in the words was about pictures, else a
     * question.
     */
    static TaskType imagesOrTable(TaskType said, String text, String location) {
        TaskType table =
                said == TaskType.IMAGE_REGRESSION ? TaskType.TABULAR_REGRESSION : TaskType.TABULAR_CLASSIFICATION;
        if (!IMAGE_WORDS.matcher(text).find()) {
            return table;
        }
        throw ask(
                "The request sounds like " + describe(said) + ", but " + fileName(location) + " is a table, not"
                        + " images. Should I learn from its columns (`" + table.id() + "`), or will you give a folder"
                        + " of images (`" + said.id() + "`, then name the folder)?",
                table,
                said);
    }

    /**
     * A quantity (regression, forecasting) asked of a column of words: classification when the words only guessed,
     * else a question.
     */
    public static TaskType quantityOrClasses(TaskType said, String text, ColumnProfile target) {
        if (target.kind() == ColumnKind.NUMERIC) {
            return said;
        }
        if (!EXPLICIT_QUANTITY.matcher(text).find()) {
            return TaskType.TABULAR_CLASSIFICATION;
        }
        throw ask(
                "The request asks for " + describe(said) + ", but `" + target.name() + "` holds "
                        + target.kind().name().toLowerCase(Locale.ROOT) + " values, not numbers. Should I classify it"
                        + " from the other columns (`" + TaskType.TABULAR_CLASSIFICATION.id() + "`), or name a numeric"
                        + " column to predict instead?",
                TaskType.TABULAR_CLASSIFICATION,
                said);
    }

    private static StageException ask(String prompt, TaskType... options) {
        return StageException.question(
                QuestionSlot.TASK,
                prompt,
                Arrays.stream(options).map(TaskType::id).toList());
    }

    private static String describe(TaskType type) {
        return "a " + type.id().replace('_', ' ') + " model";
    }

    private static String fileName(String location) {
        String name = location.replace('\\', '/');
        return "`" + name.substring(name.lastIndexOf('/') + 1) + "`";
    }
}
