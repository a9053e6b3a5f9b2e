package io.mltrainer.core.agents.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.LlmProvider;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.IntentParser;
import io.mltrainer.core.port.out.IntentSchema;
import io.mltrainer.core.port.out.llm.ChatCall;
import io.mltrainer.core.port.out.llm.ChatMessage;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.port.out.llm.ChatReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelIntentReaderTest {
    private final List<ChatCall> calls = new ArrayList<>();

    /** Accepts exactly {"task_type":"<id>"}; anything else is a problem named precisely. */
    private final IntentSchema schema = new IntentSchema() {
        @Override
        public String jsonSchema() {
            return "{\"type\":\"object\",\"required\":[\"task_type\"]}";
        }

        @Override
        public Validation validate(String json) {
            var m = java.util.regex.Pattern.compile("\\{\"task_type\":\"([a-z_]+)\"}")
                    .matcher(json);
            if (!m.matches()) {
                return new Validation(null, List.of("task_type is missing"));
            }
            try {
                return new Validation(new ParsedIntent(TaskType.fromId(m.group(1)), "", null, null), null);
            } catch (IllegalArgumentException e) {
                return new Validation(null, List.of(e.getMessage()));
            }
        }
    };

    private final IntentParser offline = text -> Optional.of(new ParsedIntent(TaskType.CLUSTERING, text, null, null));

    private ModelIntentReader answering(String answer) {
        ChatModelPort model = call -> {
            calls.add(call);
            return Optional.of(new ChatReply(answer, List.of(), LlmProvider.OPENAI, "gpt"));
        };
        return new ModelIntentReader(model, schema, offline);
    }

    @Test
    void a_valid_answer_in_markdown_fences_is_the_intent() {
        Optional<ParsedIntent> intent = answering("```json\n{\"task_type\":\"summarization\"}\n```")
                .read("alice", null, "summarize", null, null);

        assertThat(intent).map(ParsedIntent::taskType).contains(TaskType.SUMMARIZATION);
        assertThat(calls.get(0).jsonOutput()).isTrue();
    }

    @Test
    void an_invalid_answer_fails_the_attempt_with_the_exact_problem() {
        assertThatThrownBy(() -> answering("{\"task_type\":\"segmentation\"}").read("alice", null, "x", null, null))
                .isInstanceOf(StageException.class)
                .hasMessageContaining("unknown task type 'segmentation'")
                .satisfies(e -> assertThat(((StageException) e).kind()).isEqualTo(FailureKind.INVALID_OUTPUT));
    }

    @Test
    void the_next_attempt_shows_the_model_its_previous_problem() {
        Failure previous = new Failure(Stage.INTENT, FailureKind.INVALID_OUTPUT, "task_type is missing", 1);

        answering("{\"task_type\":\"translation\"}").read("alice", null, "translate", previous, null);

        assertThat(calls.get(0).messages())
                .last()
                .isInstanceOfSatisfying(
                        ChatMessage.User.class,
                        m -> assertThat(m.text()).contains("previous answer was invalid: task_type is missing"));
    }

    @Test
    void after_a_second_invalid_answer_the_offline_parser_reads_the_request() {
        Failure previous = new Failure(Stage.INTENT, FailureKind.INVALID_OUTPUT, "task_type is missing", 2);

        Optional<ParsedIntent> intent = answering("nonsense").read("alice", null, "group my customers", previous, null);

        assertThat(intent).map(ParsedIntent::taskType).contains(TaskType.CLUSTERING);
        assertThat(calls).isEmpty();
    }

    @Test
    void without_a_model_the_offline_parser_reads_the_request() {
        ModelIntentReader reader = new ModelIntentReader(ChatModelPort.OFFLINE, schema, offline);

        assertThat(reader.read("alice", null, "group my customers", null, null))
                .map(ParsedIntent::taskType)
                .contains(TaskType.CLUSTERING);
    }
}
