package io.mltrainer.core.agents.codegen;

import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.testing.FakeDatasetSource;
import io.mltrainer.core.testing.Intents;
import io.mltrainer.core.testing.PlanningPipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Builds planned by the real planning stages on small samples of each kind of data. */
final class Planned {
    private Planned() {}

    static JobContext build(Intents intents, FakeDatasetSource source) {
        return PlanningPipeline.with(source).plan(intents.intent());
    }

    static FakeDatasetSource reviews() {
        return rows(
                "text|label",
                60,
                i -> "this film was a wonderful surprise and the actors were great " + i + "|"
                        + (i % 2 == 0 ? "pos" : "neg"));
    }

    static FakeDatasetSource flowers() {
        return rows(
                "petal|sepal|colour|species",
                60,
                i -> (i % 7) + "." + i + "|" + (i % 5) + "|" + (i % 3 == 0 ? "red" : "blue") + "|"
                        + (i % 2 == 0 ? "setosa" : "virginica"));
    }

    static FakeDatasetSource tags() {
        return rows(
                "tokens|ner_tags", 40, i -> "[\"Ada\",\"lives\",\"in\",\"Paris\"]|[\"B-PER\",\"O\",\"O\",\"B-LOC\"]");
    }

    static FakeDatasetSource documents() {
        return rows(
                "document|summary",
                40,
                i -> "a long document that goes on about many things and more things " + i + "|many things " + i);
    }

    static FakeDatasetSource pairs() {
        return rows(
                "translation",
                40,
                i -> "{\"en\":\"the cat sleeps on the mat " + i + "\",\"fr\":\"le chat dort sur le tapis " + i + "\"}");
    }

    static FakeDatasetSource chats() {
        return rows(
                "messages",
                40,
                i -> "[{\"role\":\"user\",\"content\":\"how do I bake bread " + i
                        + "\"},{\"role\":\"assistant\",\"content\":\"mix flour water salt and yeast then bake\"}]");
    }

    static FakeDatasetSource months() {
        return rows("date|sales", 60, i -> LocalDate.of(2015, 1, 1).plusMonths(i) + "|" + (100 + (i * 7) % 13));
    }

    static FakeDatasetSource rows(String header, int count, IntFunction<String> row) {
        List<String> lines = new ArrayList<>(List.of(header));
        for (int i = 0; i < count; i++) {
            lines.add(row.apply(i));
        }
        return FakeDatasetSource.lines(lines.toArray(String[]::new));
    }
}
