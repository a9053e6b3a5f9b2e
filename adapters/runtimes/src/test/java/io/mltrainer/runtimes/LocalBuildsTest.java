package io.mltrainer.runtimes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mltrainer.core.domain.TaskType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every CPU-capable task type, planned as the planning stages plan it, is generated, checked, smoke-run, trained
 * locally on small real data (or tiny generated images) to metrics above sensible floors, and published with a demo
 * app that predicts.
 */
// Each test trains in its own temporary home: two at a time (the parallelism set in the parent pom).
@Execution(ExecutionMode.CONCURRENT)
class LocalBuildsTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path data;

    private Pipeline pipeline() {
        return new Pipeline(home);
    }

    @Test
    void trains_an_iris_classifier_whose_demo_names_the_species() throws Exception {
        Pipeline pipeline = pipeline();
        var built = pipeline.trained(Builds.tabularClassification(TestData.shared("iris.csv")));

        assertThat(built.run().metrics().get("accuracy")).isGreaterThan(0.85);
        assertThat(built.run().metrics().get("f1_macro")).isGreaterThan(0.85);
        Path model = pipeline.deployed(built);
        assertThat(Files.readString(model.resolve("README.md")))
                .contains("library_name: sklearn", "pipeline_tag: tabular-classification", "- type: accuracy");
        JsonNode answer = Pipeline.predict(model, "5.1, 3.5, 1.4, 0.2");
        assertThat(top(answer)).isEqualTo("setosa");
    }

    @Test
    void trains_the_kind_of_weather_from_dated_measurements_tuned_and_refit_on_every_row() throws Exception {
        Pipeline pipeline = pipeline();
        var built = pipeline.trained(Builds.weatherClassification(TestData.weatherLike(data, 400)));

        assertThat(built.run().metrics().get("accuracy")).isGreaterThan(0.8);
        JsonNode info = JSON.readTree(
                Path.of(built.run().outputDir()).resolve("model_info.json").toFile());
        assertThat(info.path("refit_rows").asInt()).isEqualTo(400);
        assertThat(info.path("search").path("trials").asInt()).isPositive();
        assertThat(info.path("cv_scores").has("xgboost")).isTrue();
        assertThat(info.path("labels")).extracting(JsonNode::asText).contains("rain", "snow", "sun");
        Path model = pipeline.deployed(built);
        assertThat(Files.readString(model.resolve("model_info.json"))).contains("\"search\"");
    }

    @Test
    void trains_a_diabetes_regressor_whose_demo_predicts_a_number() throws Exception {
        Pipeline pipeline = pipeline();
        var built = pipeline.trained(Builds.tabularRegression(TestData.shared("diabetes.csv")));

        assertThat(built.run().metrics().get("r2")).isGreaterThan(0.3);
        assertThat(built.run().metrics()).containsKeys("rmse", "mae");
        JsonNode answer = Pipeline.predict(
                pipeline.deployed(built), "0.04, 0.05, 0.06, 0.02, -0.04, -0.03, -0.04, -0.002, 0.02, -0.02");
        assertThat(answer.isNumber()).isTrue();
    }

    @Test
    void trains_a_tfidf_spam_filter_whose_demo_scores_an_email() throws Exception {
        Pipeline pipeline = pipeline();
        var built = pipeline.trained(Builds.textClassification(TestData.shared("emails-spam-small.csv")));

        assertThat(built.code().file("train.py").orElseThrow().content()).contains("TfidfVectorizer");
        assertThat(built.run().metrics().get("f1_macro")).isGreaterThan(0.9);
        Path model = pipeline.deployed(built);
        assertThat(Files.readString(model.resolve("README.md"))).contains("pipeline_tag: text-classification");
        JsonNode answer = Pipeline.predict(model, "'Congratulations! You have WON a FREE cruise, click here now!'");
        assertThat(top(answer)).isEqualTo("spam");
    }

    @Test
    void clusters_iris_by_silhouette_and_keeps_each_rows_cluster_and_a_profile_in_the_registry() throws Exception {
        Pipeline pipeline = pipeline();
        var built = pipeline.trained(Builds.clustering(TestData.shared("iris.csv")));

        assertThat(built.run().metrics().get("silhouette")).isGreaterThan(0.45);
        assertThat(built.run().bestModel()).startsWith("kmeans_k");
        assertThat(pipeline.progress)
                .filteredOn(p -> p.phase().equals("profile"))
                .extracting(p -> p.message())
                .isNotEmpty()
                .allMatch(m -> m.startsWith("cluster ") && m.contains(" rows ("));
        assertThat(pipeline.deploy.supports(TaskType.CLUSTERING)).isTrue();
        Path model = pipeline.deployed(built);
        List<String> clusters = Files.readAllLines(model.resolve("clusters.csv"));
        assertThat(clusters).hasSize(151);
        assertThat(clusters.get(0)).endsWith(",cluster").contains("species");
        JsonNode info = JSON.readTree(model.resolve("model_info.json").toFile());
        assertThat(info.path("left_out_columns")).extracting(JsonNode::asText).containsExactly("species");
        assertThat(info.path("profile")
                        .get(0)
                        .path("apart")
                        .get(0)
                        .path("feature")
                        .asText())
                .contains("(cm)");
    }

    @Test
    void forecasts_a_seasonal_series_far_better_than_the_seasonal_naive_forecast() throws Exception {
        Pipeline pipeline = pipeline();
        Path sales = TestData.seasonalSeries(data, 144);
        var built = pipeline.trained(Builds.forecasting(sales, "month", "sales", 144, 12, 12));

        assertThat(built.run().metrics().get("mase")).isLessThan(0.5);
        assertThat(built.run().metrics().get("smape")).isLessThan(3.0);
        assertThat(built.run().cvScores()).containsKeys("ets", "arima", "naive");
        JsonNode forecast = Pipeline.predict(pipeline.deployed(built), "'all', 6");
        assertThat(forecast).hasSize(6);
    }

    /**
     * The S&P 500's last months (the end of the 2009 rebound) are hard to forecast: six months ahead, a model must
     * at least keep close to the last value, which the backtests' naive baseline guarantees.
     */
    @Test
    void forecasts_the_sp500_six_months_ahead_within_sensible_error() {
        Pipeline pipeline = pipeline();
        var built =
                pipeline.trained(Builds.forecasting(TestData.shared("sp500-monthly.csv"), "date", "price", 123, 6, 12));

        assertThat(built.run().metrics().get("mase")).isLessThan(1.0);
        assertThat(built.run().metrics().get("smape")).isLessThan(10.0);
    }

    @Test
    void classifies_tiny_images_by_pixels_and_the_demo_names_the_colour() throws Exception {
        Pipeline pipeline = pipeline();
        Path folder = TestData.colourFolders(data.resolve("colours"), 20);
        var built = pipeline.trained(Builds.imageClassification(folder, 60));

        assertThat(built.run().metrics().get("accuracy")).isGreaterThan(0.9);
        Path model = pipeline.deployed(built);
        JsonNode answer = Pipeline.predict(model, "Image.open(" + pythonString(folder.resolve("red/0.png")) + ")");
        assertThat(top(answer)).isEqualTo("red");
    }

    @Test
    void estimates_image_brightness_by_pixel_regression() throws Exception {
        Pipeline pipeline = pipeline();
        Path folder = TestData.brightnessImages(data.resolve("grey"), 60);
        var built = pipeline.trained(Builds.imageRegression(folder, 60));

        assertThat(built.run().metrics().get("r2")).isGreaterThan(0.8);
        Path model = pipeline.deployed(built);
        assertThat(Files.readString(model.resolve("README.md"))).contains("type: image-regression");
        assertThat(Pipeline.predict(model, "Image.open(" + pythonString(folder.resolve("0.png")) + ")")
                        .isNumber())
                .isTrue();
    }

    @Test
    void reports_training_progress_as_it_goes() {
        Pipeline pipeline = pipeline();
        pipeline.trained(Builds.tabularClassification(TestData.shared("iris.csv")));

        assertThat(pipeline.progress).extracting(p -> p.phase()).contains("load", "cv", "evaluate", "save", "done");
    }

    @Test
    void publishes_the_model_with_its_config_card_code_and_demo() throws Exception {
        Pipeline pipeline = pipeline();
        Path model = pipeline.deployed(
                pipeline.trained(Builds.textClassification(TestData.shared("emails-spam-small.csv"))));

        for (String file : List.of(
                "model.joblib",
                "metrics.json",
                "model_info.json",
                "config.json",
                "README.md",
                "train.py",
                "requirements.txt",
                "space/app.py",
                "space/requirements.txt",
                "space/README.md")) {
            assertThat(model.resolve(file)).exists();
        }
        assertThat(Files.readString(model.resolve("space/README.md"))).contains("sdk: gradio", "app_file: app.py");
        assertThat(Files.readString(model.resolve("space/requirements.txt"))).contains("gradio", "scikit-learn");
        assertThat(Files.readString(model.resolve("config.json"))).contains("\"text_columns\"");
    }

    /** The label with the highest score of a demo's {label: score} answer. */
    private static String top(JsonNode answer) {
        return answer.properties().stream()
                .max(java.util.Map.Entry.comparingByValue(java.util.Comparator.comparingDouble(JsonNode::asDouble)))
                .orElseThrow()
                .getKey();
    }

    private static String pythonString(Path path) {
        return io.mltrainer.core.agents.codegen.PythonLiterals.string(path.toString());
    }
}
