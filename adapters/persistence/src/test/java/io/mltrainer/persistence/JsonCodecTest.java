package io.mltrainer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.Failure;
import io.mltrainer.core.domain.FailureKind;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Question;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.UnconfirmedTask;
import io.mltrainer.core.testing.Contexts;
import io.mltrainer.core.testing.Events;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonCodecTest {
    private final JsonCodec codec = new JsonCodec();

    @Test
    void round_trips_a_context_with_every_part() {
        JobContext context = Contexts.complete();

        JobContext read = codec.readContext(codec.write(context));

        assertThat(read).isEqualTo(context);
    }

    @Test
    void round_trips_a_context_with_only_the_request() {
        JobContext context = Contexts.minimal();

        JobContext read = codec.readContext(codec.write(context));

        assertThat(read).isEqualTo(context);
    }

    @Test
    void round_trips_an_intent_whose_local_table_has_still_to_settle_its_task() {
        JobContext context = Contexts.minimal()
                .with(new ParsedIntent(
                                TaskType.TABULAR_CLASSIFICATION,
                                "estimate the price from houses.csv",
                                new DatasetSpec(DatasetSourceKind.LOCAL, "/data/houses.csv", null),
                                null)
                        .withUnconfirmed(new UnconfirmedTask(null, TaskType.TABULAR_REGRESSION)));

        JobContext read = codec.readContext(codec.write(context));

        assertThat(read).isEqualTo(context);
        assertThat(read.intent().unconfirmed().fromWords()).isEqualTo(TaskType.TABULAR_REGRESSION);
    }

    @Test
    void writes_instants_as_iso_strings() {
        String written = codec.write(Contexts.complete());

        assertThat(written).contains("\"processStart\":\"2026-01-02T03:05:00.250Z\"");
    }

    @Test
    void ignores_properties_it_does_not_know_so_older_versions_read_newer_documents() {
        String newer = codec.write(Contexts.minimal()).replaceFirst("\\{", "{\"addedLater\":{\"x\":1},");

        JobContext read = codec.readContext(newer);

        assertThat(read).isEqualTo(Contexts.minimal());
    }

    @Test
    void a_question_keeps_its_slot_stored_under_the_name_it_had_as_a_string() {
        JobContext asking = Contexts.minimal()
                .withFailure(new Failure(
                        Stage.TRAIN,
                        FailureKind.NEEDS_ANSWER,
                        "Start it?",
                        1,
                        new Question(QuestionSlot.CONFIRM_COST, "Start it?", List.of("yes", "no"))));

        String written = codec.write(asking);
        String storedAsString = written.replace("\"confirm_cost\"", "\"target\"");

        assertThat(written).contains("\"slot\":\"confirm_cost\"");
        assertThat(codec.readContext(written).failure().question().slot()).isEqualTo(QuestionSlot.CONFIRM_COST);
        assertThat(codec.readContext(storedAsString).failure().question().slot())
                .isEqualTo(QuestionSlot.TARGET);
    }

    @Test
    void a_request_stored_before_the_cost_confirmation_existed_reads_as_not_confirmed() {
        String stored = codec.write(Contexts.minimal()).replaceAll(",?\"costConfirmed\":false", "");
        assertThat(stored).doesNotContain("costConfirmed");

        JobContext read = codec.readContext(stored);

        assertThat(read.request().costConfirmed()).isFalse();
        assertThat(codec.readContext(codec.write(read.withRequest(read.request().withCostConfirmed())))
                        .request()
                        .costConfirmed())
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.mltrainer.core.testing.Events#everyKind")
    void round_trips_every_kind_of_event(JobEvent event) {
        JobEvent read = codec.readEvent(codec.write(event));

        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("io.mltrainer.core.testing.Events#everyKind")
    void stores_an_event_under_its_json_type_name(JobEvent event) {
        assertThat(codec.write(event)).contains("\"type\":\"" + codec.typeOf(event) + "\"");
    }

    @Test
    void names_a_stage_started_event_stage_started() {
        assertThat(codec.typeOf(new JobEvent.StageStarted(Stage.INTENT, 1))).isEqualTo("stage_started");
        assertThat(Events.everyKind()).extracting(codec::typeOf).doesNotHaveDuplicates();
    }
}
