package io.mltrainer.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.Question;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.port.in.BuildRefused;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerQuestionTest {
    private final BuildRequest request = BuildRequest.of("classify emails");

    @Test
    void an_answer_fills_the_slot_it_was_asked_for() {
        assertThat(AnswerQuestion.revision(
                                new Question(QuestionSlot.TARGET, "Which column?", List.of("label", "spam")), "`SPAM`")
                        .apply(request)
                        .target())
                .isEqualTo("spam");
        assertThat(AnswerQuestion.revision(new Question(QuestionSlot.DATASET, "Which data?", List.of()), "/data/x.csv")
                        .apply(request)
                        .dataset())
                .isEqualTo("/data/x.csv");
        assertThat(AnswerQuestion.revision(new Question(QuestionSlot.TASK, "What kind?", List.of()), "classify them")
                        .apply(request)
                        .text())
                .isEqualTo("classify emails classify them");
    }

    @Test
    void a_yes_confirms_the_cost_and_anything_else_keeps_the_build_stopped() {
        Question cost = new Question(QuestionSlot.CONFIRM_COST, "Training will take about 1 h. Start it?", List.of());

        BuildRequest confirmed = AnswerQuestion.revision(cost, "Yes!").apply(request);

        assertThat(confirmed.costConfirmed()).isTrue();
        assertThat(confirmed.sameAs(request)).isTrue();
        assertThatThrownBy(() -> AnswerQuestion.revision(cost, "no"))
                .isInstanceOf(BuildRefused.class)
                .hasMessageContaining("won't start the paid run");
        assertThatThrownBy(() -> AnswerQuestion.revision(cost, "maybe later")).isInstanceOf(BuildRefused.class);
    }

    @Test
    void the_space_token_answer_changes_only_where_the_model_goes() {
        Question token = new Question(QuestionSlot.SPACE_TOKEN, "Shall I add it?", List.of("yes", "no"));

        BuildRequest yes = AnswerQuestion.revision(token, "yes").apply(request);
        BuildRequest no = AnswerQuestion.revision(token, "no thanks").apply(request);

        assertThat(yes.deployment().spaceToken()).isTrue();
        assertThat(yes.deployment().chosen())
                .as("the target stays the request's")
                .isFalse();
        assertThat(no.deployment().spaceToken()).isFalse();
        assertThat(yes.sameAs(request)).as("nothing trained is redone").isTrue();
    }

    @Test
    void the_go_ahead_to_a_paid_run_takes_plain_words_and_hints_when_it_is_neither_yes_nor_no() {
        Question cost = new Question(QuestionSlot.CONFIRM_COST, "Training will take about 1 h. Start it?", List.of());

        BuildRequest confirmed = AnswerQuestion.revision(cost, "sure, start it").apply(request);

        assertThat(confirmed.costConfirmed()).isTrue();
        assertThatThrownBy(() -> AnswerQuestion.revision(cost, "not now"))
                .hasMessageContaining("won't start the paid run");
        assertThatThrownBy(() -> AnswerQuestion.revision(cost, "maybe later"))
                .isInstanceOf(BuildRefused.class)
                .hasMessageContaining("\"maybe later\"")
                .hasMessageContaining("say `yes` to go ahead");
    }
}
