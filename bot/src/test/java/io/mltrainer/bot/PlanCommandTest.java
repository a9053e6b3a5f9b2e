package io.mltrainer.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mltrainer plan} checks the data and plans the model, with an estimate, and trains nothing. */
class PlanCommandTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    private Cli cli() {
        return new Cli(home, work);
    }

    @Test
    void plans_iris_on_the_cpu_with_a_report_a_plan_and_an_estimate() {
        Cli.Result result = cli().run(
                        "plan",
                        "predict the species of iris flowers",
                        "--dataset",
                        Fixtures.shared("iris.csv").toString(),
                        "--json",
                        "--offline");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("task_type").asText()).isEqualTo("tabular_classification");
        assertThat(json.get("data_report").get("rows").asInt()).isEqualTo(150);
        assertThat(json.get("data_report").get("summary").get(0).asText()).startsWith("150 rows, 5 columns");
        assertThat(json.get("plan").get("architecture").get("candidates").findValuesAsText("kind"))
                .contains("hist_gradient_boosting");
        assertThat(json.get("plan").get("config").get("metrics").get(0).asText())
                .isEqualTo("f1_macro");
        assertThat(json.get("estimate").get("accelerator").asText()).isEqualTo("cpu");
        assertThat(json.get("estimate").get("training_seconds").asLong()).isPositive();
        assertThat(home.resolve("jobs")).doesNotExist();
    }

    @Test
    void plans_spam_emails_as_text_classification_sized_for_kaggle() {
        Cli.Result result = cli().run(
                        "plan",
                        "classify emails as spam or ham",
                        "--dataset",
                        Fixtures.shared("emails-spam-small.csv").toString(),
                        "--runtime",
                        "kaggle",
                        "--json",
                        "--offline");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("task_type").asText()).isEqualTo("text_classification");
        assertThat(json.get("plan")
                        .get("architecture")
                        .get("backbone")
                        .get("id")
                        .asText())
                .isEqualTo("roberta-base");
        assertThat(json.get("plan").get("config").get("neural").get("precision").asText())
                .isEqualTo("FP16");
        assertThat(json.get("estimate").get("accelerator").asText()).isEqualTo("T4");
        assertThat(json.get("estimate").get("quota_hours").asDouble()).isPositive();
    }

    @Test
    void plans_a_one_column_csv_of_texts_as_a_corpus_for_text_generation() throws IOException {
        Path lines = Files.writeString(
                work.resolve("slogans.csv"),
                "text\n" + "Fresh bread every morning\nSmile, it's Friday\nCoffee first\nBig sale today\n".repeat(4));

        Cli.Result result = cli().run(
                        "plan",
                        "generate new slogans like these",
                        "--dataset",
                        lines.toString(),
                        "--json",
                        "--offline");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("task_type").asText()).isEqualTo("text_generation");
        assertThat(json.get("data_report").get("summary").toString())
                .contains("layout: a corpus for text generation, one text per row in `text`");
    }

    @Test
    void plans_an_en_de_csv_as_translation_pairs() throws IOException {
        Path pairs = Files.writeString(
                work.resolve("pairs.csv"),
                "en,de\n"
                        + "Good morning,Guten Morgen\nThank you,Danke\nThe house is big,Das Haus ist groß\n".repeat(5));

        Cli.Result result =
                cli().run("plan", "translate English to German", "--dataset", pairs.toString(), "--json", "--offline");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("task_type").asText()).isEqualTo("translation");
        assertThat(json.get("data_report").get("summary").toString())
                .contains("layout: translation pairs, `en` (en) → `de` (de)");
    }

    @Test
    void a_text_column_asked_as_daily_weather_is_planned_as_classification_not_a_forecast() throws IOException {
        StringBuilder rows = new StringBuilder("date,precipitation,temp_max,temp_min,wind,weather\n");
        String[] kinds = {"rain", "sun", "fog", "drizzle", "snow"};
        for (int day = 1; day <= 120; day++) {
            rows.append(java.time.LocalDate.of(2015, 1, 1).plusDays(day))
                    .append(',')
                    .append(day % 7 * 1.3)
                    .append(',')
                    .append(8 + day % 9)
                    .append(',')
                    .append(day % 5)
                    .append(',')
                    .append(2 + day % 4)
                    .append(',')
                    .append(kinds[day % 5])
                    .append('\n');
        }
        Path weather = Files.writeString(work.resolve("seattle-weather.csv"), rows);

        Cli.Result result = cli().run(
                        "plan",
                        "predict the type of weather from the daily measurements",
                        "--dataset",
                        weather.toString(),
                        "--json",
                        "--offline");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = result.json();
        assertThat(json.get("task_type").asText()).isEqualTo("tabular_classification");
        assertThat(json.get("data_report").get("target").asText()).isEqualTo("weather");
    }

    @Test
    void prints_the_data_report_and_the_plan_for_a_person() {
        Cli.Result result = cli().run(
                        "plan",
                        "forecast the monthly price for the next year",
                        "--dataset",
                        Fixtures.shared("sp500-monthly.csv").toString(),
                        "--offline");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Data:")
                .contains("monthly from 2000-01-01")
                .contains("Plan:")
                .contains("lag_gradient_boosting")
                .contains("estimate: about");
    }

    @Test
    void a_wrong_column_is_exit_2_naming_the_columns() {
        Cli.Result result = cli().run(
                        "plan",
                        "predict things",
                        "--dataset",
                        Fixtures.shared("iris.csv").toString(),
                        "--target",
                        "colour",
                        "--offline");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no column 'colour'").contains("species");
    }

    @Test
    void an_ambiguous_text_column_is_exit_2_naming_the_candidates() {
        StringBuilder csv = new StringBuilder("headline,details,label\n");
        for (int i = 0; i < 30; i++) {
            csv.append("\"win a free cruise to the islands if you reply today, offer number ")
                    .append(i)
                    .append("\",\"the meeting about the budget moved to thursday afternoon in room ")
                    .append(i)
                    .append("\",")
                    .append(i % 2 == 0 ? "spam" : "ham")
                    .append('\n');
        }
        Path file = Fixtures.write(work, "mails.csv", csv.toString());

        Cli.Result result = cli().run("plan", "classify spam", "--dataset", file.toString(), "--json", "--offline");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).contains("I found columns `headline` and `details`: which one is the text?");
        assertThat(result.json().get("candidates").toString()).contains("headline", "details");
    }

    @Test
    void an_accelerator_the_runtime_lacks_is_refused_with_the_alternative() {
        Cli.Result result = cli().run(
                        "plan",
                        "classify emails as spam or ham",
                        "--dataset",
                        Fixtures.shared("emails-spam-small.csv").toString(),
                        "--runtime",
                        "kaggle",
                        "--accelerator",
                        "A100",
                        "--offline");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Kaggle's GPU is a T4, not a A100").contains("--runtime modal");
    }

    @Test
    void an_unknown_runtime_is_a_usage_error() {
        Cli.Result result = cli().run("plan", "predict y", "--dataset", "x.csv", "--runtime", "mars");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown runtime 'mars'");
    }
}
