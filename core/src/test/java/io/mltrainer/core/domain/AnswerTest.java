package io.mltrainer.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void a_reply_to_the_intake_is_read_as_the_kind_its_question_asks_for() {
        SecretRef token = new SecretRef(SecretKind.HF_TOKEN, "7f3a9c");

        assertThat(Answer.to(Slot.DATASET, "data/houses.csv", List.of()))
                .isEqualTo(new Answer.DatasetRef("data/houses.csv"));
        assertThat(Answer.to(Slot.REPO_NAME, "house-prices", List.of())).isEqualTo(new Answer.Name("house-prices"));
        assertThat(Answer.to(Slot.REQUEST, "predict price", List.of())).isEqualTo(new Answer.FreeText("predict price"));
        assertThat(Answer.to(Slot.CONFIRM, "sure, start it", List.of()))
                .isEqualTo(new Answer.Decision(YesNo.YES, "sure, start it"));
        assertThat(Answer.to(Slot.HF_TOKEN, token.asString(), List.of(token)))
                .isEqualTo(new Answer.Secret(List.of(token), token.asString()));
    }

    @Test
    void a_credential_answer_without_a_credential_is_an_empty_secret() {
        Answer answer = Answer.to(Slot.KAGGLE_CREDENTIALS, "what do you need that for?", List.of());

        assertThat(answer)
                .isInstanceOfSatisfying(
                        Answer.Secret.class, s -> assertThat(s.isEmpty()).isTrue());
    }

    @Test
    void a_reply_to_a_stopped_build_names_a_candidate_in_its_own_spelling() {
        Question target = new Question(QuestionSlot.TARGET, "Which column?", List.of("label", "spam"));

        assertThat(Answer.to(target, " `SPAM` ")).isEqualTo(new Answer.ColumnName("spam", "`SPAM`"));
        assertThat(Answer.to(target, "price")).isEqualTo(new Answer.ColumnName("price", "price"));
    }

    @Test
    void a_task_answer_points_at_one_candidate_or_none() {
        Question task = new Question(QuestionSlot.TASK, "What kind?", List.of("text_classification", "tabular"));

        assertThat(Answer.to(task, "classify it"))
                .isEqualTo(new Answer.TaskChoice(Optional.of("text_classification"), "classify it"));
        assertThat(Answer.to(task, "something else"))
                .isEqualTo(new Answer.TaskChoice(Optional.empty(), "something else"));
    }

    @Test
    void yes_no_questions_of_a_build_use_the_one_vocabulary_and_other_slots_are_words() {
        Question cost = new Question(QuestionSlot.CONFIRM_COST, "Start it?", List.of());
        Question role = new Question(QuestionSlot.TEXT, "Which column is the text?", List.of("body", "subject"));

        assertThat(Answer.to(cost, "not now")).isEqualTo(new Answer.Decision(YesNo.NO, "not now"));
        assertThat(Answer.to(cost, "maybe later")).isEqualTo(new Answer.Decision(YesNo.UNCLEAR, "maybe later"));
        assertThat(Answer.to(role, "body")).isEqualTo(new Answer.FreeText("body"));
        assertThat(Answer.to(new Question(QuestionSlot.DATASET, "Which data?", List.of()), "/data/x.csv"))
                .isEqualTo(new Answer.DatasetRef("/data/x.csv"));
    }
}
