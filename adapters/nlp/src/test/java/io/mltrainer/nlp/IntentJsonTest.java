package io.mltrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.DeploymentSpec;
import io.mltrainer.core.domain.DeploymentSpec.DeployTarget;
import io.mltrainer.core.domain.Expertise;
import io.mltrainer.core.domain.FineTuning;
import io.mltrainer.core.domain.Hyperparameters;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.TaskType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentJsonTest {
    private static final ParsedIntent FULL = new ParsedIntent(
            TaskType.LLM_FINETUNING,
            "fine-tune llama",
            Expertise.EXPERT,
            new DatasetSpec(
                    DatasetSourceKind.HUGGINGFACE,
                    "tatsu-lab/alpaca",
                    null,
                    "instruction",
                    null,
                    null,
                    "default",
                    "train",
                    null,
                    null),
            new Hyperparameters(2, 8, 2e-4, 500),
            FineTuning.QLORA,
            Precision.BF16,
            "Llama 3 8B",
            new DeploymentSpec(DeployTarget.HUGGINGFACE, "acme", "alpaca-llama", true, false),
            new RuntimeSpec(RuntimeKind.MODAL, "A100"),
            "alpaca-llama");

    private static JsonNode tree(String json) throws Exception {
        return IntentJson.MAPPER.readTree(json);
    }

    @Test
    void writes_every_part_in_lower_snake_case() throws Exception {
        JsonNode json = tree(IntentJson.write(FULL));

        assertThat(json.get("task_type").asText()).isEqualTo("llm_finetuning");
        assertThat(json.get("expertise").asText()).isEqualTo("expert");
        assertThat(json.get("dataset").toString())
                .isEqualTo("{\"source\":\"huggingface\",\"id\":\"tatsu-lab/alpaca\",\"text_column\":\"instruction\","
                        + "\"config\":\"default\",\"train_split\":\"train\"}");
        assertThat(json.get("runtime").toString()).isEqualTo("{\"kind\":\"modal\",\"accelerator\":\"A100\"}");
        assertThat(json.get("hyperparameters").toString())
                .isEqualTo("{\"epochs\":2,\"batch_size\":8,\"learning_rate\":2.0E-4,\"max_steps\":500}");
        assertThat(json.get("fine_tuning").asText()).isEqualTo("qlora");
        assertThat(json.get("precision").asText()).isEqualTo("bf16");
        assertThat(json.get("base_model").asText()).isEqualTo("Llama 3 8B");
        assertThat(json.get("deployment").toString())
                .isEqualTo("{\"target\":\"huggingface\",\"namespace\":\"acme\",\"repository\":\"alpaca-llama\","
                        + "\"private\":true,\"space\":false}");
        assertThat(json.get("model_name").asText()).isEqualTo("alpaca-llama");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"HUGGINGFACE, id", "KAGGLE, id", "URL, url", "LOCAL, path", "ATTACHMENT, path"})
    void names_the_location_by_its_kind(DatasetSourceKind source, String key) throws Exception {
        ParsedIntent intent = new ParsedIntent(
                TaskType.TABULAR_REGRESSION, "", new DatasetSpec(source, "https://x/y.csv", "price"), null);

        JsonNode dataset = tree(IntentJson.write(intent)).get("dataset");

        assertThat(dataset.get(key).asText()).isEqualTo("https://x/y.csv");
        assertThat(dataset.get("target").asText()).isEqualTo("price");
    }

    @Test
    void writes_every_top_level_key_even_when_the_request_said_nothing() throws Exception {
        JsonNode json = tree(IntentJson.write(new ParsedIntent(TaskType.CLUSTERING, "group them", null, null)));

        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly(
                        "task_type",
                        "description",
                        "expertise",
                        "dataset",
                        "runtime",
                        "hyperparameters",
                        "fine_tuning",
                        "precision",
                        "base_model",
                        "deployment",
                        "model_name");
        assertThat(json.get("dataset").isNull()).isTrue();
        assertThat(json.get("runtime").toString()).isEqualTo("{\"kind\":\"local\",\"accelerator\":null}");
        assertThat(json.get("hyperparameters").get("epochs").isNull()).isTrue();
    }

    @Test
    void reads_back_what_it_writes() {
        assertThat(IntentJson.read(IntentJson.write(FULL))).isEqualTo(FULL);
    }

    @Test
    void writes_whether_an_understanding_is_uncertain_and_reads_it_back_without_complaint() throws Exception {
        Understanding understanding =
                Parsers.offline().understand("train a model on data/x.csv").orElseThrow();

        String json = IntentJson.write(understanding);

        assertThat(tree(json).get("uncertain").asBoolean()).isTrue();
        assertThat(IntentJson.read(json)).isEqualTo(understanding.intent());
    }

    @Test
    void reading_an_invalid_intent_throws_with_every_problem() {
        assertThatThrownBy(() -> IntentJson.read("{\"task_type\": \"poetry\", \"hyperparameters\": {\"epochs\": 0}}"))
                .isInstanceOfSatisfying(
                        InvalidIntentException.class,
                        e -> assertThat(e.problems()).hasSize(2));
    }
}
