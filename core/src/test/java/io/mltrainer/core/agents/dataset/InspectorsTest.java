package io.mltrainer.core.agents.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.DatasetQuery;
import io.mltrainer.core.testing.FakeDatasetSource;
import io.mltrainer.core.testing.Intents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each inspector checks what its task needs before any compute and describes what it found. */
class InspectorsTest {

    private static DataReport inspect(Intents intents, FakeDatasetSource source) {
        var intent = intents.intent();
        var sample = source.inspect(new DatasetQuery(intent.dataset(), "tester", null, 100));
        return Inspectors.of(intent.taskType()).inspect(sample, intent);
    }

    private static String[] rows(String header, int count, java.util.function.IntFunction<String> row) {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        for (int i = 0; i < count; i++) {
            lines.add(row.apply(i));
        }
        return lines.toArray(String[]::new);
    }

    @Test
    void asks_which_column_is_the_text_when_two_hold_prose() {
        var source = FakeDatasetSource.lines(rows(
                "headline|details|label",
                12,
                i -> "free entry to win a prize " + i + "|call me when you are home please " + i + "|"
                        + (i % 2 == 0 ? "spam" : "ham")));

        assertThatThrownBy(() -> inspect(Intents.of(TaskType.TEXT_CLASSIFICATION, "x.csv"), source))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.NEEDS_ANSWER);
                    assertThat(e.question().options()).containsExactly("headline", "details");
                    assertThat(e.getMessage())
                            .startsWith("I found columns `headline` and `details`: which one is the text?");
                });
    }

    @Test
    void a_column_the_request_names_settles_the_text() {
        var source = FakeDatasetSource.lines(rows(
                "headline|details|label",
                12,
                i -> "free entry to win a prize " + i + "|call me when you are home please " + i + "|"
                        + (i % 2 == 0 ? "spam" : "ham")));

        DataReport report = inspect(
                Intents.of(TaskType.TEXT_CLASSIFICATION, "x.csv").saying("classify the details as spam or ham"),
                source);

        assertThat(report.roles().text()).isEqualTo("details");
        assertThat(report.roles().label()).isEqualTo("label");
        assertThat(report.classCounts()).containsEntry("spam", 6L).containsEntry("ham", 6L);
        assertThat(((DataDetails.Text) report.details()).language()).isEqualTo("en");
    }

    @Test
    void an_answer_that_arrives_as_the_target_settles_the_text_question() {
        var spec = new DatasetSpec(DatasetSourceKind.LOCAL, "x.csv", "details");
        var source = FakeDatasetSource.lines(rows(
                "headline|details|label",
                12,
                i -> "free entry to win a prize " + i + "|call me when you are home please " + i + "|"
                        + (i % 2 == 0 ? "spam" : "ham")));

        DataReport report = inspect(Intents.of(TaskType.TEXT_CLASSIFICATION, spec), source);

        assertThat(report.roles().text()).isEqualTo("details");
        assertThat(report.roles().label()).isEqualTo("label");
    }

    @Test
    void a_named_column_that_does_not_exist_lists_the_columns() {
        var spec = new DatasetSpec(DatasetSourceKind.LOCAL, "x.csv", "lable");
        var source =
                FakeDatasetSource.lines(rows("text|label", 12, i -> "some words for row number " + i + "|" + (i % 3)));

        assertThatThrownBy(() -> inspect(Intents.of(TaskType.TEXT_CLASSIFICATION, spec), source))
                .isInstanceOfSatisfying(StageException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.BAD_INPUT);
                    assertThat(e.getMessage()).contains("no column 'lable'").contains("text, label");
                });
    }

    @Test
    void a_single_class_is_refused_with_the_way_out() {
        var source = FakeDatasetSource.lines(rows("text|label", 12, i -> "the same kind of message " + i + "|ham"));

        assertThatThrownBy(() -> inspect(Intents.of(TaskType.TEXT_CLASSIFICATION, "x.csv"), source))
                .hasMessageContaining("I found no column that can be the label");
    }

    @Test
    void token_tags_in_bio_scheme_are_recognised_and_mismatches_refused() {
        var good = FakeDatasetSource.lines(rows(
                "tokens|ner_tags", 12, i -> "[\"Ada\",\"lives\",\"in\",\"Paris\"]|[\"B-PER\",\"O\",\"O\",\"B-LOC\"]"));
        var bad = FakeDatasetSource.lines(
                rows("tokens|ner_tags", 12, i -> "[\"Ada\",\"lives\",\"in\",\"Paris\"]|[\"B-PER\",\"O\"]"));

        DataReport report = inspect(Intents.of(TaskType.TOKEN_CLASSIFICATION, "x.jsonl"), good);

        var tokens = (DataDetails.Tokens) report.details();
        assertThat(tokens.scheme()).isEqualTo("BIO");
        assertThat(tokens.tagSet()).containsExactlyInAnyOrder("B-PER", "O", "B-LOC");
        assertThat(tokens.entities()).containsEntry("PER", 12L).containsEntry("LOC", 12L);
        assertThatThrownBy(() -> inspect(Intents.of(TaskType.TOKEN_CLASSIFICATION, "x.jsonl"), bad))
                .hasMessageContaining("different number of tokens in `tokens` and tags in `ner_tags`");
    }

    @Test
    void translation_direction_follows_the_request() {
        var source = FakeDatasetSource.lines(rows(
                "translation",
                12,
                i -> "{\"en\":\"the cat sleeps on the mat " + i + "\",\"fr\":\"le chat dort sur le tapis " + i
                        + "\"}"));

        DataReport report =
                inspect(Intents.of(TaskType.TRANSLATION, "x.jsonl").saying("translate from French to English"), source);

        var pair = (DataDetails.Seq2Seq) report.details();
        assertThat(pair.sourceLanguage()).isEqualTo("fr");
        assertThat(pair.targetLanguage()).isEqualTo("en");
        assertThat(report.roles().text()).isEqualTo("translation");
    }

    @Test
    void summaries_longer_than_their_documents_look_swapped() {
        var source = FakeDatasetSource.lines(rows(
                "document|summary",
                12,
                i -> "short text " + i + "|a much longer text that goes on and on about many things " + i));

        assertThatThrownBy(() -> inspect(Intents.of(TaskType.SUMMARIZATION, "x.csv"), source))
                .hasMessageContaining("are the columns swapped?");
    }

    @Test
    void chats_without_an_assistant_turn_are_refused() {
        var source = FakeDatasetSource.lines(
                rows("messages", 12, i -> "[{\"role\":\"user\",\"content\":\"hello there " + i + "\"}]"));

        assertThatThrownBy(() -> inspect(Intents.of(TaskType.LLM_FINETUNING, "x.jsonl"), source))
                .hasMessageContaining("lack a user or an assistant turn");
    }

    @Test
    void a_time_series_reports_its_frequency_gaps_and_horizon() {
        var source = FakeDatasetSource.lines(rows(
                "date|sales",
                40,
                i -> java.time.LocalDate.of(2020, 1, 1)
                                .plusMonths(i == 20 ? 19 : i)
                                .toString()
                        + "|" + (100 + (i * 7) % 13)));

        DataReport report = inspect(Intents.of(TaskType.TIME_SERIES_FORECASTING, "x.csv"), source);

        var series = (DataDetails.TimeSeries) report.details();
        assertThat(series.frequency()).isEqualTo("monthly");
        assertThat(series.horizon()).isEqualTo(7);
        assertThat(series.gaps()).isEqualTo(1);
        assertThat(series.duplicates()).isEqualTo(1);
        assertThat(report.roles().time()).isEqualTo("date");
        assertThat(report.roles().target()).isEqualTo("sales");
    }

    @Test
    void too_short_a_history_is_refused_with_how_much_is_needed() {
        var source = FakeDatasetSource.lines(
                rows("date|sales", 12, i -> java.time.LocalDate.of(2020, 1, 1).plusMonths(i) + "|" + i));

        assertThatThrownBy(() -> inspect(Intents.of(TaskType.TIME_SERIES_FORECASTING, "x.csv"), source))
                .hasMessageContaining("needs at least");
    }

    @Test
    void the_report_renders_in_a_few_readable_lines() {
        var source = FakeDatasetSource.lines(
                rows("text|label", 12, i -> "a message about the weather today " + i + "|" + (i < 9 ? "a" : "b")));

        List<String> lines = DataReports.render(inspect(Intents.of(TaskType.TEXT_CLASSIFICATION, "x.csv"), source));

        assertThat(lines).hasSizeLessThanOrEqualTo(6);
        assertThat(lines.get(0)).startsWith("12 rows, 2 columns (local csv); text `text`, label `label`");
        assertThat(lines).anyMatch(l -> l.startsWith("classes: a 9, b 3 (imbalanced: 3×"));
        assertThat(lines).anyMatch(l -> l.startsWith("texts: median 7 words") && l.contains("language en"));
    }
}
