package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    /** Released once the command returned: the slow provider's answer then comes, long after the client's limit. */
    private final CountDownLatch clientGaveUp = new CountDownLatch(1);

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
    void falls_back_to_the_offline_parser_when_one_provider_fails_and_the_next_times_out() {
        try (LoopbackService anthropic = LoopbackService.answering(e -> new LoopbackService.Answer(
                        500, "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal\"}}"));
                LoopbackService openai = LoopbackService.answering(this::neverInTime)) {
            Cli cli = new Cli(home, work);
            cli.env.put("ANTHROPIC_API_KEY", "sk-" + "ant-api03-" + "FailingProviderKey".repeat(3));
            cli.env.put("ANTHROPIC_BASE_URL", anthropic.url());
            cli.env.put("OPENAI_API_KEY", "sk-" + "proj-" + "SlowProviderKey".repeat(4));
            cli.env.put("OPENAI_BASE_URL", openai.url() + "/v1");
            cli.env.put("MLTRAINER_LLM_TIMEOUT_SECONDS", "1");

            Cli.Result result = cli.run("parse", "classify spam SMS, dataset sms_spam on Hugging Face", "--json");
            clientGaveUp.countDown();

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.json().get("task_type").asText()).isEqualTo("text_classification");
            assertThat(result.json().get("dataset").get("id").asText()).isEqualTo("sms_spam");
            assertThat(anthropic.seen()).anyMatch(e -> e.path().equals("/v1/messages"));
            assertThat(openai.seen()).anyMatch(e -> e.path().equals("/v1/chat/completions"));
        }
    }

    /** Answers only once the client gave up (its time limit is one second), not a fixed time later. */
    private LoopbackService.Answer neverInTime(LoopbackService.Exchange exchange) {
        try {
            clientGaveUp.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new LoopbackService.Answer(500, "{}");
    }

    @Test
    void a_request_for_no_model_is_bad_input() {
        Cli.Result result = new Cli(home, work).run("parse", "hello", "--offline");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("could not tell what kind of model");
    }
}
