package io.mltrainer.core.agents.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mltrainer.core.agents.dataset.DatasetAgent;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.CheckedData;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.JobEvent;
import io.mltrainer.core.domain.JobId;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.Question;
import io.mltrainer.core.domain.QuestionSlot;
import io.mltrainer.core.domain.RunHandle;
import io.mltrainer.core.domain.StageException;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.pipeline.StageInput;
import io.mltrainer.core.port.out.CancellationToken;
import io.mltrainer.core.port.out.DatasetSample;
import io.mltrainer.core.port.out.DatasetSource;
import io.mltrainer.core.port.out.RawTable;
import io.mltrainer.core.port.out.RunListener;
import io.mltrainer.core.port.out.TabularReader;
import io.mltrainer.core.port.out.llm.ChatModelPort;
import io.mltrainer.core.testing.FakeDatasetSource;
import io.mltrainer.core.testing.IntentSchemas;
import io.mltrainer.core.usecase.AnswerQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The task the words ask for is checked against the table before planning (the rules that need a file's name in the
 * intent stage, those that need its columns in the dataset stage, which reads the table once): the data decides where the words only
 * guessed, and the person is asked where the words were explicit and the data says otherwise.
 */
class IntentAgentAgreementTest {
    private static final RawTable WEATHER = table(
            List.of("date", "precipitation", "temp_max", "temp_min", "wind", "weather"),
            i -> List.of(
                    "2015-01-" + (10 + i % 20),
                    String.valueOf(i % 7 * 1.3),
                    String.valueOf(8 + i % 9),
                    String.valueOf(i % 5),
                    String.valueOf(2 + i % 4),
                    List.of("rain", "sun", "fog", "drizzle", "snow").get(i % 5)));
    private static final RawTable HOUSES = table(
            List.of("LotArea", "OverallQual", "YearBuilt", "Neighborhood", "SalePrice"),
            i -> List.of(
                    String.valueOf(8000 + 37 * i),
                    String.valueOf(1 + i % 10),
                    String.valueOf(1950 + i),
                    List.of("NAmes", "CollgCr", "OldTown").get(i % 3),
                    String.valueOf(120000 + 1733 * i)));
    private static final RawTable PENGUINS = table(
            List.of("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g", "species"),
            i -> List.of(
                    String.valueOf(39 + i % 11),
                    String.valueOf(17 + i % 4),
                    String.valueOf(181 + i % 30),
                    String.valueOf(3700 + 11 * i),
                    List.of("Adelie", "Gentoo", "Chinstrap").get(i % 3)));

    @Test
    void a_text_target_taken_for_a_forecast_is_classified() {
        ParsedIntent intent = understand(
                TaskType.TIME_SERIES_FORECASTING,
                WEATHER,
                "predict the type of weather from the daily measurements in seattle-weather.csv");

        assertThat(intent.taskType()).isEqualTo(TaskType.TABULAR_CLASSIFICATION);
        assertThat(intent.dataset().target()).isEqualTo("weather");
    }

    @Test
    void a_forecast_of_a_numeric_column_stays_a_forecast_named_after_its_file() {
        RawTable sales = table(
                List.of("date", "sales"),
                i -> List.of(
                        java.time.LocalDate.of(2024, 1, 1).plusDays(i).toString(), String.valueOf(100 + i % 7 * 3)));

        ParsedIntent intent = understand(
                TaskType.TIME_SERIES_FORECASTING, sales, "forecast the daily sales for the next weeks from sales.csv");

        assertThat(intent.taskType()).isEqualTo(TaskType.TIME_SERIES_FORECASTING);
        assertThat(intent.unconfirmed()).isNull();
        assertThat(intent.modelName()).isEqualTo("sales");
    }

    @Test
    void a_forecast_said_in_words_of_a_text_column_asks_which_one() {
        StageException asked = catchThrowableOfType(
                StageException.class,
                () -> understand(
                        TaskType.TIME_SERIES_FORECASTING,
                        WEATHER,
                        "forecast the weather for the next days from seattle-weather.csv"));

        Question question = asked.question();
        assertThat(question.slot()).isEqualTo(QuestionSlot.TASK);
        assertThat(question.prompt()).contains("`weather`").contains("not numbers");
        assertThat(question.options()).containsExactly("tabular_classification", "time_series_forecasting");
    }

    @Test
    void the_answer_to_which_task_wins_over_the_words() {
        Question asked = new Question(
                QuestionSlot.TASK, "which one?", List.of("tabular_classification", "time_series_forecasting"));
        String request = AnswerQuestion.revision(asked, "classify it")
                .apply(BuildRequest.of("forecast the weather for the next days from seattle-weather.csv"))
                .text();

        ParsedIntent intent = understand(TaskType.TIME_SERIES_FORECASTING, WEATHER, request);

        assertThat(request).endsWith("task: tabular_classification");
        assertThat(intent.taskType()).isEqualTo(TaskType.TABULAR_CLASSIFICATION);
    }

    @Test
    void a_table_taken_for_an_image_task_is_a_table_when_no_picture_was_mentioned() {
        ParsedIntent intent =
                understand(TaskType.IMAGE_REGRESSION, HOUSES, "I want to predict SalePrice with houses.csv");

        assertThat(intent.taskType()).isEqualTo(TaskType.TABULAR_REGRESSION);
        assertThat(intent.dataset().target()).isEqualTo("SalePrice");
    }

    @Test
    void photos_asked_of_a_table_ask_which_one() {
        StageException asked = catchThrowableOfType(
                StageException.class,
                () -> understand(
                        TaskType.IMAGE_REGRESSION,
                        HOUSES,
                        "estimate the price of a house from its photos, houses.csv"));

        assertThat(asked.question().slot()).isEqualTo(QuestionSlot.TASK);
        assertThat(asked.question().prompt()).contains("`houses.csv` is a table");
        assertThat(asked.question().options()).containsExactly("tabular_regression", "image_regression");
    }

    @Test
    void groupings_without_the_labels_are_clustering() {
        ParsedIntent intent = understand(
                TaskType.TABULAR_CLASSIFICATION,
                PENGUINS,
                "find natural groupings of the penguins in penguins.csv without using the labels");

        assertThat(intent.taskType()).isEqualTo(TaskType.CLUSTERING);
    }

    @Test
    void a_word_target_asked_as_a_number_is_classified() {
        ParsedIntent intent = understand(
                TaskType.TABULAR_REGRESSION, HOUSES, "estimate the Neighborhood of each house from houses.csv");

        assertThat(intent.taskType()).isEqualTo(TaskType.TABULAR_CLASSIFICATION);
    }

    @Test
    void a_one_column_table_for_a_tabular_task_says_what_it_could_be() {
        RawTable lines = table(List.of("text"), i -> List.of("line number " + i + " of a poem"));

        StageException refused = catchThrowableOfType(
                StageException.class,
                () -> understand(TaskType.TABULAR_CLASSIFICATION, lines, "classify the rows of poems.csv"));

        assertThat(refused.getMessage()).contains("single column (`text`)").contains("text generation");
    }

    /** The intent stage, then (for a table the words left to its data) the dataset stage: the intent they agree on. */
    private static ParsedIntent understand(TaskType parsedAs, RawTable table, String request) {
        ModelIntentReader reader = new ModelIntentReader(
                ChatModelPort.OFFLINE,
                IntentSchemas.UNUSED,
                text -> Optional.of(new ParsedIntent(parsedAs, text, null, null)));
        TabularReader paths = new TabularReader() {
            @Override
            public String resolve(String location) {
                return "/data/" + location;
            }

            @Override
            public RawTable read(String path, int maxRows) {
                throw new AssertionError("the intent stage reads no table");
            }
        };
        JobContext context = JobContext.of(BuildRequest.of(request));
        ParsedIntent words = (ParsedIntent) new IntentAgent(reader, paths).run(input(context));
        if (words.unconfirmed() == null) {
            return words;
        }
        DatasetSource data = FakeDatasetSource.returning(
                DatasetSample.ofTable(DataSource.local(words.dataset().location(), DataFormat.CSV), table));
        return ((CheckedData) new DatasetAgent(data).run(input(context.with(words)))).intent();
    }

    private static StageInput input(JobContext context) {
        return new StageInput(
                new JobId("intent-test"), "tester", context, 1, null, NO_RUNS, CancellationToken.NEVER, null);
    }

    private static RawTable table(List<String> header, java.util.function.IntFunction<List<String>> row) {
        List<List<String>> rows = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> rows.add(row.apply(i)));
        return new RawTable(header, rows, rows.size());
    }

    private static final RunListener NO_RUNS = new RunListener() {
        @Override
        public void started(RunHandle handle) {}

        @Override
        public void progress(JobEvent.TrainingProgress progress) {}
    };
}
