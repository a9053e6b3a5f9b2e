package io.mltrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.TaskType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskWordsTest {
    private final TaskWords words = TaskWords.bundled();

    private List<String> names(String request) {
        return words.matching(request).stream().map(TaskWords.Cue::name).toList();
    }

    @Test
    void ner_counts_only_in_capitals() {
        assertThat(names("NER on contracts")).contains("entities");
        assertThat(names("ner")).doesNotContain("entities");
    }

    @Test
    void words_in_other_languages_match_with_their_accents() {
        assertThat(names("Texte vom Englischen ins Deutsche übersetzen")).contains("translate");
        assertThat(names("prévision des ventes")).contains("forecast");
        assertThat(names("resúmenes de noticias")).contains("summarize");
    }

    @Test
    void a_type_that_lacks_its_necessary_words_loses_score() {
        var adjustments = words.adjustments(words.matching("estimate the price of a taxi ride"));

        assertThat(adjustments.get(TaskType.IMAGE_REGRESSION)).isNegative();
        assertThat(adjustments.getOrDefault(TaskType.TABULAR_REGRESSION, 0.0)).isPositive();
    }

    @Test
    void a_requirement_must_name_an_existing_cue() {
        assertThatThrownBy(() -> TaskWords.parse(
                        List.of("[cues]", "a | 0.1 | clustering | x", "[requirements]", "clustering | 0.2 | b")))
                .hasMessageContaining("no cue named 'b'");
    }
}
