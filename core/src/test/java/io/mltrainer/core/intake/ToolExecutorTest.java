package io.mltrainer.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.secrets.SecretKind;
import io.mltrainer.core.domain.secrets.SecretRef;
import io.mltrainer.core.pipeline.EventBus;
import io.mltrainer.core.port.out.llm.Tool;
import io.mltrainer.core.port.out.llm.ToolResult;
import io.mltrainer.core.port.out.llm.ToolSpec;
import io.mltrainer.core.testing.InMemoryJobEventLog;
import io.mltrainer.core.testing.InMemorySecretVault;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolExecutorTest {
    private static final JobId JOB = new JobId("job-1");
    private static final String TOKEN = "hf_" + "CanaryTokenForToolExecutorTest0001";

    private final InMemorySecretVault vault = new InMemorySecretVault();
    private final InMemoryJobEventLog log = new InMemoryJobEventLog();
    private final List<JsonNode> seenByTool = new ArrayList<>();

    private ToolExecutor executor(Tool tool) {
        return new ToolExecutor(List.of(tool), vault, new EventBus(log, Clock.systemUTC()), Clock.systemUTC());
    }

    private Tool echoing(String message) {
        return new Tool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("validate_hf_token", "checks a token", "{\"type\":\"object\"}");
            }

            @Override
            public ToolResult execute(JsonNode arguments) {
                seenByTool.add(arguments);
                return ToolResult.ok(
                        message.replace("%s", arguments.path("token").asText()), Map.of("user", "alice"));
            }
        };
    }

    @Test
    void the_tool_sees_the_value_while_events_see_only_the_reference() {
        SecretRef ref = vault.store("alice", SecretKind.HF_TOKEN, TOKEN);

        ToolResult result = executor(echoing("token of alice"))
                .call(
                        "alice",
                        JOB,
                        "validate_hf_token",
                        "{\"token\":\"" + ref.asString() + "\",\"nested\":{\"t\":\"" + ref.asString() + "\"}}");

        assertThat(result.ok()).isTrue();
        assertThat(seenByTool.get(0).path("token").asText()).isEqualTo(TOKEN);
        assertThat(seenByTool.get(0).path("nested").path("t").asText()).isEqualTo(TOKEN);
        JobEvent.ToolCalled event = log.events(JOB, JobEvent.ToolCalled.class).get(0);
        assertThat(event.arguments()).contains(ref.asString()).doesNotContain(TOKEN);
        assertThat(event.tool()).isEqualTo("validate_hf_token");
    }

    @Test
    void a_tool_that_echoes_the_secret_has_it_replaced_by_its_reference() {
        SecretRef ref = vault.store("alice", SecretKind.HF_TOKEN, TOKEN);

        ToolResult result = executor(echoing("your token %s works"))
                .call("alice", JOB, "validate_hf_token", "{\"token\":\"" + ref.asString() + "\"}");

        assertThat(result.message()).isEqualTo("your token " + ref.asString() + " works");
        assertThat(log.events(JOB, JobEvent.ToolCalled.class).get(0).message()).doesNotContain(TOKEN);
    }

    @Test
    void another_users_reference_is_refused_without_running_the_tool() {
        SecretRef ref = vault.store("alice", SecretKind.HF_TOKEN, TOKEN);

        ToolResult result = executor(echoing("ok"))
                .call("mallory", JOB, "validate_hf_token", "{\"token\":\"" + ref.asString() + "\"}");

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("no credential " + ref.asString());
        assertThat(seenByTool).isEmpty();
    }

    @Test
    void unknown_tools_and_bad_arguments_are_refused_with_a_reason() {
        ToolExecutor executor = executor(echoing("ok"));

        assertThat(executor.call("alice", null, "drop_tables", "{}").message()).contains("no tool 'drop_tables'");
        assertThat(executor.call("alice", null, "validate_hf_token", "[1]").message())
                .contains("JSON object");
        assertThat(executor.call("alice", null, "validate_hf_token", "{").message())
                .contains("not valid JSON");
    }

    @Test
    void an_unreachable_service_becomes_a_refused_result_marked_transient() {
        Tool down = new Tool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("check_hf_dataset", "checks a dataset", "{}");
            }

            @Override
            public ToolResult execute(JsonNode arguments) {
                throw StageException.transientFailure("the Hub did not answer in 10 s; try again", null);
            }
        };

        ToolResult result = executor(down).call("alice", JOB, "check_hf_dataset", "{}");

        assertThat(result.ok()).isFalse();
        assertThat(result.facts())
                .containsEntry("failure", FailureKind.TRANSIENT.name().toLowerCase());
        assertThat(log.events(JOB, JobEvent.ToolCalled.class))
                .singleElement()
                .satisfies(e -> assertThat(e.ok()).isFalse());
    }

    @Test
    void a_tool_that_throws_unexpectedly_quoting_the_secret_gives_a_scrubbed_refusal() {
        SecretRef ref = vault.store("alice", SecretKind.HF_TOKEN, TOKEN);
        Tool buggy = new Tool() {
            @Override
            public ToolSpec spec() {
                return new ToolSpec("validate_hf_token", "checks a token", "{}");
            }

            @Override
            public ToolResult execute(JsonNode arguments) {
                throw new IllegalArgumentException("Unexpected char in Authorization value: Bearer "
                        + arguments.path("token").asText());
            }
        };

        ToolResult result =
                executor(buggy).call("alice", JOB, "validate_hf_token", "{\"token\":\"" + ref.asString() + "\"}");

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).doesNotContain(TOKEN).contains(ref.asString());
        assertThat(result.facts()).containsEntry("failure", "unexpected");
        assertThat(log.events(JOB, JobEvent.ToolCalled.class).get(0).message()).doesNotContain(TOKEN);
    }
}
