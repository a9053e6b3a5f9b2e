package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    @Test
    void prints_the_understood_request_as_json_offline() {
        Cli.Result result = new Cli(home, work)
                .run(
                        "parse",
                        "classify spam SMS, dataset sms_spam on Hugging Face, train on Kaggle",
                        "--offline",
                        "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("task_type").asText()).isEqualTo("text_classification");
        assertThat(json.get("dataset").get("source").asText()).isEqualTo("huggingface");
        assertThat(json.get("dataset").get("id").asText()).isEqualTo("sms_spam");
        assertThat(json.get("runtime").get("kind").asText()).isEqualTo("kaggle");
        assertThat(json.has("hyperparameters")).isTrue();
    }

    @Test
    void a_request_for_no_model_is_bad_input() {
        Cli.Result result = new Cli(home, work).run("parse", "hello", "--offline");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("could not tell what kind of model");
    }
}
