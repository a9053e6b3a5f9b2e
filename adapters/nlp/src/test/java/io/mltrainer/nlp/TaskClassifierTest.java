package io.mltrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.TaskType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keyword precedence, with an encoder that finds every request equally similar to every example. */
class TaskClassifierTest {
    private final TaskClassifier classifier = new TaskClassifier(
            FakeEncoders.thatFindsEverythingAlike(),
            TaskExamples.parse(List.of(
                    "[tabular_classification]",
                    "a",
                    "[tabular_regression]",
                    "a",
                    "[image_classification]",
                    "a",
                    "[image_regression]",
                    "a",
                    "[object_detection]",
                    "a",
                    "[text_classification]",
                    "a",
                    "[text_generation]",
                    "a",
                    "[token_classification]",
                    "a",
                    "[summarization]",
                    "a",
                    "[translation]",
                    "a",
                    "[llm_finetuning]",
                    "a",
                    "[time_series_forecasting]",
                    "a",
                    "[clustering]",
                    "a")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fine-tune Llama 3 to summarize legal documents | LLM_FINETUNING",
                "summarize legal documents with t5 | SUMMARIZATION",
                "translate support emails with a fine-tuned Mistral | LLM_FINETUNING",
                "translate support emails into German | TRANSLATION",
                "NER on contracts with bert | TOKEN_CLASSIFICATION",
                "draw bounding boxes around cars in photos | OBJECT_DETECTION",
                "classify photos of cats and dogs | IMAGE_CLASSIFICATION",
                "regression on house photos to get the price | IMAGE_REGRESSION",
                "regression on the housing table | TABULAR_REGRESSION",
                "classify rows of the customer table | TABULAR_CLASSIFICATION",
                "sentiment of tweets | TEXT_CLASSIFICATION",
                "forecast the sales of each store | TIME_SERIES_FORECASTING",
                "cluster the customers | CLUSTERING",
                "generate poems | TEXT_GENERATION",
            })
    void decisive_words_settle_the_type_in_this_order(String request, TaskType expected) {
        assertThat(classifier.classify(request).type()).isEqualTo(expected);
    }
}
