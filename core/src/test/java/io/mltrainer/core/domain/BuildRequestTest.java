package io.mltrainer.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildRequestTest {
    private static final Understanding UNDERSTOOD =
            new Understanding(new ParsedIntent(TaskType.TEXT_CLASSIFICATION, "classify reviews", null, "reviews"));

    @Test
    void what_the_words_were_understood_as_stays_with_answers_that_do_not_change_them() {
        BuildRequest request = BuildRequest.of("classify reviews").withUnderstanding(UNDERSTOOD);

        BuildRequest answered =
                request.withDataset("data/reviews.csv").withTarget("label").withCostConfirmed();

        assertThat(answered.understood()).isEqualTo(UNDERSTOOD);
    }

    @Test
    void other_words_drop_the_understanding_so_that_they_are_read() {
        BuildRequest request = BuildRequest.of("classify reviews").withUnderstanding(UNDERSTOOD);

        BuildRequest revised = request.withText("classify reviews task: text_classification");

        assertThat(revised.understood()).isNull();
    }

    @Test
    void an_intake_that_understood_no_task_says_so_rather_than_nothing() {
        assertThat(Understanding.NOTHING.parsed()).isEmpty();
        assertThat(UNDERSTOOD.parsed()).contains(UNDERSTOOD.intent());
    }
}
