package io.mltrainer.core.agents.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.LengthStats;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.Feature;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence pairs: a Hub {@code translation} column ({@code {"en": …, "fr": …}}) or two text columns. The direction
 * comes from the request ("from English to French", "en→fr"), else from the data's order.
 */
final class TranslationInspector implements Inspector {
    static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("english", "en"),
            Map.entry("french", "fr"),
            Map.entry("german", "de"),
            Map.entry("spanish", "es"),
            Map.entry("italian", "it"),
            Map.entry("portuguese", "pt"),
            Map.entry("dutch", "nl"),
            Map.entry("russian", "ru"),
            Map.entry("chinese", "zh"),
            Map.entry("japanese", "ja"),
            Map.entry("korean", "ko"),
            Map.entry("arabic", "ar"),
            Map.entry("romanian", "ro"),
            Map.entry("greek", "el"));
    private static final Pattern DIRECTION =
            Pattern.compile("(?i)\\b([a-z]{2}|[a-z]+)\\s*(?:->|→|to|into|2)\\s*([a-z]{2}|[a-z]+)\\b");

    @Override
    public DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        List<String> header = sample.table().header();
        List<String> pairColumns = header.stream()
                .filter(c -> sample.feature(c)
                                .map(f -> f.kind() == Feature.Kind.TRANSLATION)
                                .orElse(false)
                        || pairCells(Samples.present(sample.column(c))))
                .toList();
        if (!pairColumns.isEmpty()) {
            return fromPairs(sample, columns, intent, pairColumns.get(0));
        }
        return fromColumns(sample, columns, intent, header);
    }

    private DataReport fromPairs(
            DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent, String column) {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<String> keys = keys(Samples.present(sample.column(column)).get(0));
        String[] direction = direction(intent.description(), keys);
        for (String cell : Samples.present(sample.column(column))) {
            JsonNode json = Cells.json(cell).orElseThrow();
            sources.add(json.path(direction[0]).asText(""));
            targets.add(json.path(direction[1]).asText(""));
        }
        return report(sample, columns, column, null, sources, targets, direction[0], direction[1]);
    }

    private DataReport fromColumns(
            DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent, List<String> header) {
        List<String> texts = Samples.textColumns(sample);
        // Two columns named by languages (`en,de`, `english,german`) are pairs however short their sentences.
        List<String> coded = header.stream()
                .filter(c -> code(c) != null && Samples.isWords(sample, c))
                .toList();
        List<String> candidates = coded.size() == 2 ? coded : texts;
        if (candidates.size() < 2 && intent.dataset().textColumn() == null) {
            throw StageException.badInput("Translation needs pairs of sentences: a `translation` column of"
                    + " {\"en\": …, \"fr\": …} objects, or one text column per language. I found text in "
                    + (texts.isEmpty() ? "no column" : ColumnChoice.listed(texts)) + "; the columns are: "
                    + String.join(", ", header) + ".");
        }
        String source;
        String target;
        if (intent.dataset().textColumn() != null) {
            source = ColumnChoice.named(intent.dataset().textColumn(), header, "the source text");
            String given = intent.dataset().target() != null
                    ? intent.dataset().target()
                    : intent.dataset().labelColumn();
            target = ColumnChoice.pick(
                    QuestionSlot.TARGET,
                    "the translation",
                    given,
                    intent.description(),
                    header,
                    candidates.stream().filter(c -> !c.equals(source)).toList(),
                    List.of("target", "tgt"));
        } else if (candidates.size() == 2 && coded.size() == 2) {
            String[] direction = direction(
                    intent.description(), coded.stream().map(this::code).toList());
            source = coded.stream()
                    .filter(c -> code(c).equals(direction[0]))
                    .findFirst()
                    .orElseThrow();
            target = coded.stream().filter(c -> !c.equals(source)).findFirst().orElseThrow();
        } else {
            source = ColumnChoice.pick(
                    QuestionSlot.SOURCE,
                    "the source text",
                    null,
                    intent.description(),
                    header,
                    candidates,
                    List.of("source", "src", "input"));
            target = ColumnChoice.pick(
                    QuestionSlot.TARGET,
                    "the translation",
                    null,
                    intent.description(),
                    header,
                    candidates.stream().filter(c -> !c.equals(source)).toList(),
                    List.of("target", "tgt", "output"));
        }
        List<String> sources = sample.column(source);
        List<String> targets = sample.column(target);
        String sourceLanguage = code(source) != null ? code(source) : LanguageGuess.of(Samples.present(sources));
        String targetLanguage = code(target) != null ? code(target) : LanguageGuess.of(Samples.present(targets));
        return report(sample, columns, source, target, sources, targets, sourceLanguage, targetLanguage);
    }

    private static DataReport report(
            DatasetSample sample,
            List<ColumnProfile> columns,
            String source,
            String target,
            List<String> sources,
            List<String> targets,
            String sourceLanguage,
            String targetLanguage) {
        Samples.checkEnough(SummarizationInspector.pairs(sources, targets), "sentence pairs");
        List<String> notes = Samples.notes(sample);
        notes.add(
                0,
                DataReports.layout("translation pairs, `" + source + "` (" + show(sourceLanguage) + ") → "
                        + (target == null ? "" : "`" + target + "` ") + "(" + show(targetLanguage) + ")"));
        if (sourceLanguage != null && sourceLanguage.equals(targetLanguage)) {
            notes.add("both sides look like the same language (" + sourceLanguage + ")");
        }
        var details = new DataDetails.Seq2Seq(
                LengthStats.of(
                        Samples.present(sources).stream().map(Cells::words).toList()),
                LengthStats.of(
                        Samples.present(targets).stream().map(Cells::words).toList()),
                sourceLanguage,
                targetLanguage);
        return Samples.report(
                sample,
                columns,
                target,
                Map.of(),
                notes,
                new ColumnRoles(target, source, null, null, null, null, null),
                details);
    }

    private static String show(String language) {
        return language == null ? "language unknown" : language;
    }

    private static boolean pairCells(List<String> cells) {
        return !cells.isEmpty()
                && cells.stream()
                        .allMatch(c -> Cells.json(c)
                                .map(j -> j.isObject()
                                        && j.size() == 2
                                        && keys(c).stream().allMatch(k -> k.length() <= 5))
                                .orElse(false));
    }

    private static List<String> keys(String cell) {
        List<String> keys = new ArrayList<>();
        Cells.json(cell).ifPresent(j -> {
            for (Iterator<String> it = j.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
        });
        return keys;
    }

    /** [source, target] among the two codes: as the request says, else in the data's order. */
    static String[] direction(String request, List<String> codes) {
        Matcher m = DIRECTION.matcher(request == null ? "" : request);
        while (m.find()) {
            String from = normalise(m.group(1));
            String to = normalise(m.group(2));
            if (codes.contains(from) && codes.contains(to) && !from.equals(to)) {
                return new String[] {from, to};
            }
        }
        return new String[] {codes.get(0), codes.get(1)};
    }

    private static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return LANGUAGES.getOrDefault(w, w);
    }

    /** The language a column's name stands for ("en", "english", "text_fr"), or null. */
    private String code(String column) {
        String c = column.toLowerCase(Locale.ROOT);
        if (LANGUAGES.containsKey(c)) {
            return LANGUAGES.get(c);
        }
        if (LANGUAGES.containsValue(c)) {
            return c;
        }
        Matcher m = Pattern.compile("^(?:text|sentence|src|tgt)_([a-z]{2})$").matcher(c);
        return m.matches() && LANGUAGES.containsValue(m.group(1)) ? m.group(1) : null;
    }
}
