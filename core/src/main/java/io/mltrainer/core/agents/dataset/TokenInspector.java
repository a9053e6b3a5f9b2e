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
import io.mltrainer.core.port.out.Feature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Token lists with one tag per token (NER, POS): the tag set, its scheme (BIO…), rows whose lengths differ. */
final class TokenInspector implements Inspector {
    static final List<String> TOKEN_NAMES = List.of("tokens", "words", "token", "text");
    static final List<String> TAG_NAMES = List.of("ner_tags", "tags", "labels", "ner", "entities", "pos_tags");

    @Override
    public DataReport inspect(DatasetSample sample, List<ColumnProfile> columns, ParsedIntent intent) {
        List<String> header = sample.table().header();
        List<String> arrays = Samples.arrayColumns(sample);
        List<String> stringLists =
                arrays.stream().filter(c -> !numericLists(sample, c)).toList();
        String tokens = ColumnChoice.pick(
                QuestionSlot.TOKENS,
                "the tokens",
                intent.dataset().textColumn(),
                intent.dataset().target(),
                intent.description(),
                header,
                stringLists.isEmpty() ? arrays : conventionalFirst(stringLists),
                TOKEN_NAMES);
        String given = intent.dataset().labelColumn() != null
                ? intent.dataset().labelColumn()
                : tokens.equals(intent.dataset().target())
                        ? null
                        : intent.dataset().target();
        String tags = ColumnChoice.pick(
                QuestionSlot.TAGS,
                "the tags",
                given,
                intent.description(),
                header,
                arrays.stream().filter(c -> !c.equals(tokens)).toList(),
                TAG_NAMES);
        List<String> names = sample.feature(tags).map(Feature::classNames).orElse(List.of());
        List<String> tokenCells = sample.column(tokens);
        List<String> tagCells = sample.column(tags);
        List<Integer> lengths = new ArrayList<>();
        Set<String> tagSet = new LinkedHashSet<>(names);
        Map<String, Long> entities = new LinkedHashMap<>();
        long mismatched = 0;
        for (int row = 0; row < tokenCells.size(); row++) {
            List<String> t = Cells.json(tokenCells.get(row)).map(Cells::strings).orElse(List.of());
            List<String> g = Cells.json(tagCells.get(row)).map(Cells::strings).orElse(List.of()).stream()
                    .map(v -> Samples.className(names, v))
                    .toList();
            lengths.add(t.size());
            if (t.size() != g.size()) {
                mismatched++;
            }
            for (String tag : g) {
                tagSet.add(tag);
                if (!tag.equals("O") && !tag.startsWith("I-")) {
                    entities.merge(tag.replaceFirst("^[BSEUL]-", ""), 1L, Long::sum);
                }
            }
        }
        Samples.checkEnough(tokenCells.size(), "sentences");
        if (mismatched > tokenCells.size() / 20) {
            throw StageException.badInput(mismatched + " of " + tokenCells.size() + " rows have a different number of"
                    + " tokens in `" + tokens + "` and tags in `" + tags + "`. Each token needs exactly one tag.");
        }
        if (tagSet.size() < 2) {
            throw StageException.badInput("`" + tags + "` uses a single tag (" + String.join("", tagSet)
                    + "): there is nothing to tell apart. Tag the entities (B-PER, I-PER, O …).");
        }
        List<String> notes = Samples.notes(sample);
        if (mismatched > 0) {
            notes.add(mismatched + " rows with mismatched token and tag counts are left out");
        }
        var details = new DataDetails.Tokens(
                List.copyOf(tagSet), scheme(tagSet), LengthStats.of(lengths), Samples.sorted(entities), mismatched);
        return Samples.report(
                sample,
                columns,
                tags,
                Map.of(),
                notes,
                new ColumnRoles(null, tokens, null, tags, null, null, null),
                details);
    }

    private static List<String> conventionalFirst(List<String> columns) {
        return ColumnChoice.conventional(columns, TOKEN_NAMES).map(List::of).orElse(columns);
    }

    private static boolean numericLists(DatasetSample sample, String column) {
        return Samples.present(sample.column(column)).stream()
                .flatMap(c -> Cells.json(c).map(Cells::strings).orElse(List.of()).stream())
                .allMatch(Samples::isNumber);
    }

    /** BIO (IOB2) when every tag but O starts with B- or I-; BIOES when E-/S- (or L-/U-) appear too. */
    static String scheme(Set<String> tags) {
        List<String> named = tags.stream().filter(t -> !t.equals("O")).toList();
        if (named.isEmpty() || !tags.contains("O")) {
            return "plain";
        }
        boolean prefixed = named.stream().allMatch(t -> t.matches("^[BIESLU]-.+"));
        if (!prefixed) {
            return "plain";
        }
        return named.stream().anyMatch(t -> t.matches("^[ESLU]-.+")) ? "BIOES" : "BIO";
    }
}
