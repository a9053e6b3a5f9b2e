package io.mltrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.TaskType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IntentCorpusTest {
    private static final double REQUIRED_ACCURACY = 0.95;

    @Test
    void the_corpus_is_varied_enough_to_mean_something() {
        Map<TaskType, Long> perType = IntentCorpus.CASES.stream()
                .collect(Collectors.groupingBy(
                        CorpusCase::type, () -> new EnumMap<>(TaskType.class), Collectors.counting()));

        assertThat(IntentCorpus.CASES).hasSizeGreaterThanOrEqualTo(60);
        assertThat(perType).containsOnlyKeys(TaskType.values());
        assertThat(perType.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(4));
        assertThat(IntentCorpus.CASES.stream().filter(c -> !c.request().matches("\\p{ASCII}*")))
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void tells_the_task_type_of_at_least_95_percent_of_the_corpus() {
        List<Miss> misses = new ArrayList<>();
        for (CorpusCase c : IntentCorpus.CASES) {
            TaskType got = Parsers.offline()
                    .parse(c.request())
                    .map(ParsedIntent::taskType)
                    .orElse(null);
            if (got != c.type()) {
                misses.add(new Miss(c, got));
            }
        }
        double accuracy = 1.0 - (double) misses.size() / IntentCorpus.CASES.size();
        // printed on success too, so a build log shows where the parser stands
        System.out.printf(
                "offline task-type accuracy: %.3f (%d of %d)%n",
                accuracy, IntentCorpus.CASES.size() - misses.size(), IntentCorpus.CASES.size());

        assertThat(accuracy)
                .as(
                        "task-type accuracy %.3f over %d requests%n%s",
                        accuracy, IntentCorpus.CASES.size(), confusion(misses))
                .isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }

    static Stream<CorpusCase> cases() {
        return IntentCorpus.CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extracts_exactly_the_dataset_columns_and_runtime_each_request_states(CorpusCase c) {
        var parsed = Parsers.offline().parse(c.request());
        assertThat(parsed).as("understood at all").isPresent();
        ParsedIntent intent = parsed.orElseThrow();
        DatasetSpec dataset = intent.dataset();

        assertThat(dataset == null ? null : new DatasetLocation(dataset.source(), dataset.location()))
                .as("dataset")
                .isEqualTo(c.dataset());
        if (dataset != null) {
            assertThat(dataset.target()).as("target").isEqualTo(c.target());
            assertThat(dataset.labelColumn()).as("label column").isEqualTo(c.label());
            assertThat(dataset.textColumn()).as("text column").isEqualTo(c.text());
        }
        assertThat(intent.runtime()).as("runtime").isEqualTo(c.runtime() == null ? RuntimeSpec.LOCAL : c.runtime());
    }

    private record Miss(CorpusCase expected, TaskType got) {}

    /** Per expected type: how many were missed and what they became, then the missed requests. */
    private static String confusion(List<Miss> misses) {
        Map<String, String> rows = new TreeMap<>();
        Arrays.stream(TaskType.values()).forEach(t -> {
            long total = IntentCorpus.CASES.stream().filter(c -> c.type() == t).count();
            List<Miss> wrong =
                    misses.stream().filter(m -> m.expected().type() == t).toList();
            String into = wrong.stream()
                    .collect(Collectors.groupingBy(
                            m -> m.got() == null ? "nothing" : m.got().id(), TreeMap::new, Collectors.counting()))
                    .toString();
            rows.put(t.id(), (total - wrong.size()) + "/" + total + (wrong.isEmpty() ? "" : " misread as " + into));
        });
        String table = rows.entrySet().stream()
                .map(e -> String.format("  %-24s %s", e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n"));
        String list = misses.stream()
                .map(m -> "  - [" + m.expected().type().id() + " → "
                        + (m.got() == null ? "nothing" : m.got().id()) + "] "
                        + m.expected().request())
                .collect(Collectors.joining("\n"));
        return "per type (right/total):\n" + table + "\nmissed:\n" + list;
    }
}
