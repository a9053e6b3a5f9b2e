package io.mltrainer.core.agents.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.RuntimeKind;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.testing.FakeDatasetSource;
import io.mltrainer.core.testing.Intents;
import io.mltrainer.core.testing.PlanningPipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A planned context survives the JSON it is checkpointed as, modality details and estimate included. */
class PlanJsonTest {
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .build();

    @Test
    void a_planned_context_round_trips_through_json() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(List.of(
                    "[\"Ada\",\"met\",\"Bob\",\"in\",\"Rome\"]", "[\"B-PER\",\"O\",\"B-PER\",\"O\",\"B-LOC\"]"));
        }
        var sample = io.mltrainer.core.port.out.DatasetSample.ofTable(
                DataSource.local("/d/ner.jsonl", DataFormat.JSONL),
                new RawTable(List.of("tokens", "ner_tags"), rows, rows.size()));
        var intent = Intents.of(TaskType.TOKEN_CLASSIFICATION, "/d/ner.jsonl")
                .on(RuntimeKind.MODAL)
                .intent();
        JobContext planned =
                PlanningPipeline.with(FakeDatasetSource.returning(sample)).plan(intent);

        JobContext read = json.readValue(json.writeValueAsString(planned), JobContext.class);

        assertThat(read).isEqualTo(planned);
        assertThat(read.dataReport().details()).isInstanceOf(DataDetails.Tokens.class);
        assertThat(read.architecture().estimate().costUsd()).isPositive();
        assertThat(read.config().neural().fineTuning()).isNull();
        assertThat(read.taskPlan()).isNotNull().isEqualTo(planned.taskPlan());
    }

    @Test
    void a_request_keeps_what_its_words_were_understood_as() throws Exception {
        var understood = BuildRequest.of("classify reviews")
                .withUnderstanding(new io.mltrainer.core.domain.Understanding(
                        Intents.of(TaskType.TEXT_CLASSIFICATION, "/d/reviews.csv")
                                .intent()));
        var nothing = BuildRequest.of("a model").withUnderstanding(io.mltrainer.core.domain.Understanding.NOTHING);

        assertThat(json.readValue(json.writeValueAsString(understood), BuildRequest.class))
                .isEqualTo(understood);
        assertThat(json.readValue(json.writeValueAsString(nothing), BuildRequest.class))
                .isEqualTo(nothing);
    }

    @Test
    void a_request_keeps_its_runtime() throws Exception {
        var request = BuildRequest.of("classify")
                .withRuntime(new io.mltrainer.core.domain.RuntimeSpec(RuntimeKind.KAGGLE, null));

        assertThat(json.readValue(json.writeValueAsString(request), BuildRequest.class))
                .isEqualTo(request);
    }
}
