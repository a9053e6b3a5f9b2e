package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.LengthStats;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.DatasetSample;
import java.util.List;
import java.util.Map;

/** Texts with labels (classification) or a corpus (generation): which column is the text, lengths, language. */
final class TextInspector implements Inspector {
    static final List<String> TEXT_NAMES = List.of(
            "text",
            "sentence",
            "content",
            "review",
            "sms",
            "message",
            "body",
            "document",
            "tweet",
            "comment",
            "email",
            "question",
            "title",
            "post");
    static final List<String> LABEL_NAMES =
            List.of("label", "labels", "class", "category", "target", "sentiment", "intent", "topic", "y");

    @Override
    public DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        var spec = intent.dataset();
        List<String> header = sample.table().header();
        boolean corpus = intent.taskType() == TaskType.TEXT_GENERATION && header.size() == 1;
        // A file of one column is a corpus whatever the length of its lines: each row is one text to learn from.
        List<String> texts = corpus ? header : Samples.textColumns(sample);
        if (texts.isEmpty()
                && spec.textColumn() == null
                && (spec.target() == null || !header.contains(spec.target()))) {
            throw StageException.badInput("I found no column of text to learn from; the columns are: "
                    + String.join(", ", header) + ". To predict one of them from the others, name it (\"predict "
                    + header.get(header.size() - 1) + "\") or pass --target COLUMN.");
        }
        String text = ColumnChoice.pick(
                QuestionSlot.TEXT,
                "the text",
                spec.textColumn(),
                spec.target(),
                intent.description(),
                header,
                texts,
                TEXT_NAMES);
        List<String> values = Samples.present(sample.column(text));
        Samples.checkEnough(values.size(), "texts in `" + text + "`");
        DataDetails.Text details = details(values);
        if (intent.taskType() == TaskType.TEXT_GENERATION) {
            List<String> notes = Samples.notes(sample);
            notes.add(0, DataReports.layout("a corpus for text generation, one text per row in `" + text + "`"));
            return Samples.report(
                    sample,
                    columns,
                    null,
                    Map.of(),
                    notes,
                    new ColumnRoles(null, text, null, null, null, null, null),
                    details);
        }
        String given =
                spec.labelColumn() != null ? spec.labelColumn() : text.equals(spec.target()) ? null : spec.target();
        String label = ColumnChoice.pick(
                QuestionSlot.LABEL,
                "the label",
                given,
                intent.description(),
                header,
                Samples.labelColumns(sample, List.of(text)),
                LABEL_NAMES);
        Map<String, Long> classes = Samples.classCounts(sample, label);
        Samples.checkClasses(label, classes, Samples.MIN_PER_CLASS);
        return Samples.report(
                sample,
                columns,
                label,
                classes,
                Samples.notes(sample),
                new ColumnRoles(null, text, null, label, null, null, null),
                details);
    }

    static DataDetails.Text details(List<String> texts) {
        LengthStats words = LengthStats.of(texts.stream().map(Cells::words).toList());
        long duplicates = texts.size() - texts.stream().distinct().count();
        return new DataDetails.Text(words, LanguageGuess.of(texts), duplicates);
    }
}
