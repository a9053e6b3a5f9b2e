package io.mltrainer.core.agents.dataset;

import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.LengthStats;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetSample;
import java.util.List;
import java.util.Map;

/** Documents and their summaries: which is which, their lengths, and that summaries are the shorter ones. */
final class SummarizationInspector implements Inspector {
    static final List<String> SOURCE_NAMES =
            List.of("document", "article", "text", "dialogue", "content", "source", "input", "body");
    static final List<String> TARGET_NAMES =
            List.of("summary", "highlights", "abstract", "headline", "target", "output", "title");

    @Override
    public DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        List<String> header = sample.table().header();
        List<String> texts = Samples.textColumns(sample);
        String given = intent.dataset().labelColumn() != null
                ? intent.dataset().labelColumn()
                : intent.dataset().target();
        String target = ColumnChoice.pick(
                QuestionSlot.SUMMARY,
                "the summary",
                given,
                intent.description(),
                header,
                ColumnChoice.conventional(texts, TARGET_NAMES).map(List::of).orElse(texts),
                TARGET_NAMES);
        String source = ColumnChoice.pick(
                QuestionSlot.DOCUMENT,
                "the document to summarize",
                intent.dataset().textColumn(),
                intent.description(),
                header,
                texts.stream().filter(c -> !c.equals(target)).toList(),
                SOURCE_NAMES);
        List<String> documents = sample.column(source);
        List<String> summaries = sample.column(target);
        long pairs = pairs(documents, summaries);
        Samples.checkEnough(pairs, "documents with a summary");
        LengthStats sourceWords = LengthStats.of(
                Samples.present(documents).stream().map(Cells::words).toList());
        LengthStats targetWords = LengthStats.of(
                Samples.present(summaries).stream().map(Cells::words).toList());
        if (targetWords.mean() >= sourceWords.mean()) {
            throw StageException.badInput("The summaries in `" + target + "` are not shorter than the documents in `"
                    + source + "` (" + targetWords.mean() + " vs " + sourceWords.mean() + " words on average): are the"
                    + " columns swapped? Name the summary column in the request.");
        }
        String language = LanguageGuess.of(Samples.present(documents));
        var details = new DataDetails.Seq2Seq(sourceWords, targetWords, language, language);
        return Samples.report(
                sample,
                columns,
                target,
                Map.of(),
                Samples.notes(sample),
                new ColumnRoles(target, source, null, null, null, null, null),
                details);
    }

    static long pairs(List<String> sources, List<String> targets) {
        long pairs = 0;
        for (int i = 0; i < Math.min(sources.size(), targets.size()); i++) {
            if (!Cells.blank(sources.get(i)) && !Cells.blank(targets.get(i))) {
                pairs++;
            }
        }
        return pairs;
    }
}
