package io.mltrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfflineIntentParserTest {
    private final OfflineIntentParser parser = Parsers.offline();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hello",
                "thanks a lot!",
                "what time is it?",
                "can you help me?",
                "good morning",
                "hallo, wie geht's?",
                "¿qué tal?",
                "merci beaucoup",
                "",
                "   "
            })
    void understands_nothing_in_small_talk(String request) {
        assertThat(parser.parse(request)).isEmpty();
    }

    @Test
    void puts_every_slot_of_a_full_request_into_the_intent() {
        ParsedIntent intent = parser.parse("fine-tune Llama 3 8B on tatsu-lab/alpaca with QLoRA in bf16 for 2 epochs,"
                        + " lr 2e-4, on modal with an A100, then push to huggingface as acme/alpaca-llama, private")
                .orElseThrow();

        assertThat(intent.taskType()).isEqualTo(TaskType.LLM_FINETUNING);
        assertThat(intent.dataset().source()).isEqualTo(DatasetSourceKind.HUGGINGFACE);
        assertThat(intent.dataset().location()).isEqualTo("tatsu-lab/alpaca");
        assertThat(intent.baseModel()).isEqualTo("Llama 3 8B");
        assertThat(intent.fineTuning()).isEqualTo(FineTuning.QLORA);
        assertThat(intent.precision()).isEqualTo(Precision.BF16);
        assertThat(intent.hyperparameters().epochs()).isEqualTo(2);
        assertThat(intent.hyperparameters().learningRate()).isEqualTo(2e-4);
        assertThat(intent.runtime()).isEqualTo(new RuntimeSpec(RuntimeKind.MODAL, "A100"));
        assertThat(intent.deployment().target()).isEqualTo(DeployTarget.HUGGINGFACE);
        assertThat(intent.deployment().namespace()).isEqualTo("acme");
        assertThat(intent.deployment().isPrivate()).isTrue();
        assertThat(intent.modelName()).isEqualTo("alpaca-llama");
    }

    @Test
    void keeps_the_request_as_the_description_and_defaults_what_was_not_said() {
        ParsedIntent intent = parser.parse("  classify movie reviews as positive or negative ")
                .orElseThrow();

        assertThat(intent.description()).isEqualTo("classify movie reviews as positive or negative");
        assertThat(intent.runtime()).isEqualTo(RuntimeSpec.LOCAL);
        assertThat(intent.dataset()).isNull();
    }

    @Test
    void the_label_column_of_a_tabular_request_is_its_target() {
        DatasetSpec dataset = parser.parse("spot fraud in payments.csv, label column is is_fraud")
                .orElseThrow()
                .dataset();

        assertThat(dataset.target()).isEqualTo("is_fraud");
        assertThat(dataset.labelColumn()).isNull();
    }

    @Test
    void the_target_of_a_text_request_is_its_label_column() {
        DatasetSpec dataset = parser.parse("detect spam in sms.csv, target column is spam_flag")
                .orElseThrow()
                .dataset();

        assertThat(dataset.labelColumn()).isEqualTo("spam_flag");
        assertThat(dataset.target()).isNull();
    }

    @Test
    void says_when_the_task_type_is_only_a_guess() {
        Understanding vague = parser.understand("train a model on data/x.csv").orElseThrow();
        Understanding clear = parser.understand("draw bounding boxes around cars in street photos")
                .orElseThrow();

        assertThat(vague.uncertain()).isTrue();
        assertThat(vague.intent().taskType().isTabular()).isTrue();
        assertThat(clear.uncertain()).isFalse();
        assertThat(clear.guess().cues()).contains("bounding boxes");
    }

    @Test
    void keeps_columns_that_came_without_a_dataset_in_the_slots() {
        Understanding understanding =
                parser.understand("predict price with a regression").orElseThrow();

        assertThat(understanding.intent().dataset()).isNull();
        assertThat(understanding.slots().columns().target()).isEqualTo("price");
    }
}
