package io.mltrainer.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.agents.dataset.DataReports;
import io.mltrainer.core.agents.dataset.DatasetSources;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.testing.Intents;
import io.mltrainer.core.testing.PlanningPipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ordinary layouts people keep their data in are understood and planned, and the data report says how they were
 * understood: a file of texts, one per line, is a corpus for text generation; two columns named by languages are
 * translation pairs.
 */
class DataLayoutsTest {
    private static final List<String> LINES = List.of(
            "The sea was calm",
            "Night came, and the harbour lights shone",
            "She wrote, \"come home\"",
            "Rain again",
            "Gulls over the pier",
            "A boat, a net, a long grey morning",
            "Wind in the rigging",
            "Salt on the window",
            "The tide turned at noon",
            "Fog, then sun",
            "Old ropes and new paint",
            "The ferry was late");

    @TempDir
    Path dir;

    private PlanningPipeline pipeline;
    private CsvTabularReader csv;

    @BeforeEach
    void sources() {
        pipeline = PlanningPipeline.with(
                new DatasetSources(List.of(new LocalDatasetSource(new LocalTableReader(dir, "/usr/bin/python3")))));
        csv = new CsvTabularReader(dir);
    }

    @Test
    void a_one_column_csv_of_texts_is_planned_as_a_corpus_for_text_generation() {
        Path file = DataFixtures.write(dir, "lines.csv", "text\n" + quoted(LINES));

        DataReport report = plan(TaskType.TEXT_GENERATION, file);

        assertThat(report.rows()).isEqualTo(LINES.size());
        assertThat(report.roles().text()).isEqualTo("text");
        assertThat(DataReports.render(report))
                .contains("layout: a corpus for text generation, one text per row in `text`");
    }

    @Test
    void a_text_file_is_one_text_per_line_whatever_its_commas() {
        Path file = DataFixtures.write(dir, "lines.txt", String.join("\n", LINES) + "\n");

        RawTable table = csv.read(file.toString(), 100);
        DataReport report = plan(TaskType.TEXT_GENERATION, file);

        assertThat(table.header()).containsExactly("text");
        assertThat(table.rows()).hasSize(LINES.size()).contains(List.of("A boat, a net, a long grey morning"));
        assertThat(report.details()).isInstanceOf(DataDetails.Text.class);
    }

    @Test
    void a_one_column_csv_without_a_header_starts_with_its_first_text() {
        Path file = DataFixtures.write(dir, "poems.csv", quoted(LINES.subList(1, LINES.size())));

        RawTable table = csv.read(file.toString(), 100);

        assertThat(table.header()).containsExactly("text");
        assertThat(table.rows().get(0)).containsExactly("Night came, and the harbour lights shone");
        assertThat(table.totalRows()).isEqualTo(LINES.size() - 1);
    }

    @Test
    void columns_named_by_language_codes_are_translation_pairs() {
        Path file = DataFixtures.write(
                dir,
                "pairs.csv",
                "en,de\nGood morning,Guten Morgen\nThank you,Danke\nThe house is big,Das Haus ist groß\n"
                        + "I am tired,Ich bin müde\nWhere is the station?,Wo ist der Bahnhof?\nYes,Ja\nNo,Nein\n"
                        + "Good night,Gute Nacht\nThe cat sleeps,Die Katze schläft\nI like tea,Ich mag Tee\n"
                        + "See you soon,Bis bald\nIt is cold,Es ist kalt\n");

        DataReport report = plan(TaskType.TRANSLATION, file);

        var pair = (DataDetails.Seq2Seq) report.details();
        assertThat(pair.sourceLanguage() + "→" + pair.targetLanguage()).isEqualTo("en→de");
        assertThat(DataReports.render(report)).contains("layout: translation pairs, `en` (en) → `de` (de)");
    }

    @Test
    void columns_named_by_language_names_are_pairs_in_the_direction_asked() {
        Path file = DataFixtures.write(
                dir, "pairs.csv", "english,german\n" + "Good morning,Guten Morgen\nThank you,Danke\n".repeat(6));

        DataReport report = pipeline.plan(Intents.of(TaskType.TRANSLATION, file.toString())
                        .saying("translate german to english")
                        .intent())
                .dataReport();

        var pair = (DataDetails.Seq2Seq) report.details();
        assertThat(pair.sourceLanguage() + "→" + pair.targetLanguage()).isEqualTo("de→en");
    }

    @Test
    void a_one_column_file_for_a_tabular_task_is_refused_with_what_it_could_be() {
        Path file = DataFixtures.write(dir, "lines.csv", "text\n" + quoted(LINES));

        assertThatThrownBy(() -> plan(TaskType.TABULAR_CLASSIFICATION, file))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("single column (`text`)")
                .hasMessageContaining("corpus for text generation");
    }

    private DataReport plan(TaskType type, Path file) {
        return pipeline.plan(Intents.of(type, file.toString()).intent()).dataReport();
    }

    private static String quoted(List<String> lines) {
        StringBuilder csvText = new StringBuilder();
        for (String line : lines) {
            csvText.append(line.contains(",") || line.contains("\"") ? '"' + line.replace("\"", "\"\"") + '"' : line)
                    .append('\n');
        }
        return csvText.toString();
    }
}
