package io.mltrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.nlp.IntentValidation.Invalid;
import io.mltrainer.nlp.IntentValidation.Valid;
import io.mltrainer.nlp.IntentValidation.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentValidationTest {
    private static List<String> problems(String json) {
        Validation validation = IntentValidation.validate(json);
        assertThat(validation).isInstanceOf(Invalid.class);
        return ((Invalid) validation).problems();
    }

    @Test
    void accepts_a_minimal_answer() {
        Validation validation = IntentValidation.validate("{\"task_type\": \"text_classification\"}");

        assertThat(validation).isInstanceOf(Valid.class);
        assertThat(((Valid) validation).intent().taskType()).isEqualTo(TaskType.TEXT_CLASSIFICATION);
    }

    @Test
    void accepts_a_full_answer_wrapped_in_a_markdown_fence() {
        ParsedIntent intent = IntentValidation.validate("""
                        ```json
                        {"task_type": "Tabular-Regression",
                         "dataset": {"source": "kaggle", "id": "owner/houses", "target": "price"},
                         "runtime": {"kind": "kaggle", "accelerator": "t4"},
                         "hyperparameters": {"epochs": 3, "batch_size": null, "learning_rate": 0.001},
                         "deployment": {"target": "local"}}
                        ```""").orElseThrow();

        assertThat(intent.taskType()).isEqualTo(TaskType.TABULAR_REGRESSION);
        assertThat(intent.dataset().source()).isEqualTo(DatasetSourceKind.KAGGLE);
        assertThat(intent.dataset().target()).isEqualTo("price");
        assertThat(intent.runtime()).isEqualTo(new RuntimeSpec(RuntimeKind.KAGGLE, "T4"));
        assertThat(intent.hyperparameters().learningRate()).isEqualTo(0.001);
    }

    @Test
    void a_missing_task_type_is_named_with_the_allowed_list() {
        assertThat(problems("{\"dataset\": null}"))
                .containsExactly("missing task_type; expected one of " + TaskType.allIds());
    }

    @Test
    void an_unknown_task_type_is_quoted_with_the_allowed_list() {
        assertThat(problems("{\"task_type\": \"poetry\"}"))
                .containsExactly("unknown task type 'poetry'; expected one of " + TaskType.allIds());
    }

    @Test
    void wrong_types_and_out_of_range_numbers_are_each_reported_with_the_value_given() {
        assertThat(problems("""
                        {"task_type": "summarization",
                         "hyperparameters": {"epochs": "three", "batch_size": 2.5, "learning_rate": -0.001,
                                             "max_steps": 0}}"""))
                .containsExactly(
                        "hyperparameters.epochs must be a positive integer, got \"three\" (a string)",
                        "hyperparameters.batch_size must be a positive integer, got 2.5",
                        "hyperparameters.learning_rate must be a number between 0 and 1 (exclusive), got -0.001",
                        "hyperparameters.max_steps must be a positive integer, got 0");
    }

    @Test
    void a_dataset_must_say_where_it_is_in_the_key_its_source_takes() {
        assertThat(problems("{\"task_type\": \"translation\", \"dataset\": {\"source\": \"url\", \"id\": \"a/b\"}}"))
                .containsExactly(
                        "dataset.source url takes dataset.url, not dataset.id",
                        "dataset.url is missing; a url dataset needs it");
        assertThat(problems("{\"task_type\": \"translation\", \"dataset\": {\"id\": \"a/b\"}}"))
                .containsExactly(
                        "dataset.source is missing; expected one of local, huggingface, kaggle, url, attachment");
        assertThat(problems("{\"task_type\": \"translation\", \"dataset\": {\"source\": \"hub\", \"id\": \"a/b\"}}"))
                .containsExactly(
                        "dataset.source must be one of local, huggingface, kaggle, url, attachment, got 'hub'");
    }

    @Test
    void unknown_keys_and_bad_choices_are_reported_with_what_is_allowed() {
        assertThat(problems("""
                        {"task_type": "llm_finetuning", "learningRate": 0.1, "fine_tuning": "adapters",
                         "runtime": {"kind": "colab", "accelerator": "V100"}, "deployment": {"private": "yes"}}"""))
                .containsExactly(
                        "unknown key 'learningRate'; allowed: base_model, dataset, deployment, description, expertise,"
                                + " fine_tuning, hyperparameters, model_name, precision, runtime, task_type, uncertain",
                        "runtime.kind must be one of local, kaggle, modal, got 'colab'",
                        "runtime.accelerator must be one of T4, L4, A10G, A100, H100, P100, L40S, got 'V100'",
                        "fine_tuning must be one of full, lora, qlora, got 'adapters'",
                        "deployment.private must be true or false, got \"yes\" (a string)",
                        "deployment.target is missing; expected one of local, huggingface");
    }

    @Test
    void text_that_is_not_one_json_object_says_so() {
        assertThat(problems("the task is text classification"))
                .singleElement()
                .asString()
                .startsWith("not valid JSON");
        assertThat(problems("[1, 2]")).containsExactly("expected one JSON object, got [1,2] (an array)");
        assertThat(problems("")).containsExactly("expected one JSON object, got nothing");
    }

    @Test
    void the_feedback_lists_every_problem_for_the_next_attempt() {
        Invalid invalid = (Invalid) IntentValidation.validate("{\"task_type\": 3}");

        assertThat(invalid.feedback())
                .contains("- task_type must be a string, one of " + TaskType.allIds() + "; got 3")
                .endsWith("Answer again with the corrected JSON object only.");
    }
}
