package io.mltrainer.runtimes;

import io.mltrainer.core.domain.ArchitectureSpec;
import io.mltrainer.core.domain.BuildRequest;
import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.ColumnRoles;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataFormat;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DataSource;
import io.mltrainer.core.domain.DatasetSourceKind;
import io.mltrainer.core.domain.DatasetSpec;
import io.mltrainer.core.domain.DroppedColumn;
import io.mltrainer.core.domain.JobContext;
import io.mltrainer.core.domain.LengthStats;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.ParsedIntent;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.RuntimeSpec;
import io.mltrainer.core.domain.Stage;
import io.mltrainer.core.domain.TaskType;
import io.mltrainer.core.domain.TrainingConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Planned builds of the CPU-capable task types, up to the architecture stage, as the planning stages record them
 * (candidate kinds and parameters in the planner's words), on small real data.
 */
final class Builds {
    static final long TIME_LIMIT = 600;

    private Builds() {}

    static JobContext tabularClassification(Path iris) {
        List<String> features =
                List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)");
        return planned(
                TaskType.TABULAR_CLASSIFICATION,
                "predict the species of iris flowers",
                "iris-species",
                report(iris, 150, DataFormat.CSV, numeric(features, "species"), ColumnRoles.target("species"), null),
                new PreprocessPlan(features, List.of(), List.of(), List.of(), 0.2, 42, true),
                new TrainingConfig(5, "f1_macro", TIME_LIMIT, List.of("f1_macro", "accuracy"), null, null),
                List.of(
                        new ModelCandidate("linear", Map.of("C", 1.0, "max_iter", 2000.0)),
                        new ModelCandidate("random_forest", Map.of("n_estimators", 100.0))));
    }

    /** "predict the type of weather from the daily measurements", planned as classification: dates as parts. */
    static JobContext weatherClassification(Path weather) {
        List<String> numeric = List.of("precipitation", "temp_max", "temp_min", "wind");
        List<ColumnProfile> columns = new java.util.ArrayList<>(List.of(column("date", ColumnKind.DATE)));
        columns.addAll(numeric(numeric, "weather"));
        return planned(
                TaskType.TABULAR_CLASSIFICATION,
                "predict the type of weather from the daily measurements",
                "weather-type",
                report(weather, 400, DataFormat.CSV, columns, ColumnRoles.target("weather"), null),
                new PreprocessPlan(numeric, List.of(), List.of("date"), List.of(), 0.2, 42, true),
                new TrainingConfig(3, "f1_macro", TIME_LIMIT, List.of("f1_macro", "accuracy"), null, null),
                List.of(
                        new ModelCandidate("linear", Map.of("C", 1.0, "max_iter", 2000.0)),
                        new ModelCandidate("hist_gradient_boosting", Map.of("max_iter", 100.0)),
                        new ModelCandidate("xgboost", Map.of("n_estimators", 100.0))));
    }

    static JobContext tabularRegression(Path diabetes) {
        List<String> features = List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6");
        return planned(
                TaskType.TABULAR_REGRESSION,
                "predict disease progression",
                "diabetes-progression",
                report(
                        diabetes,
                        442,
                        DataFormat.CSV,
                        numeric(features, "progression"),
                        ColumnRoles.target("progression"),
                        null),
                new PreprocessPlan(features, List.of(), List.of(), List.of(), 0.2, 42, false),
                new TrainingConfig(5, "r2", TIME_LIMIT, List.of("r2", "rmse", "mae"), null, null),
                List.of(
                        new ModelCandidate("linear", Map.of("alpha", 1.0)),
                        new ModelCandidate("hist_gradient_boosting", Map.of("max_iter", 100.0))));
    }

    static JobContext textClassification(Path emails) {
        return planned(
                TaskType.TEXT_CLASSIFICATION,
                "tell spam from ham emails",
                "spam-filter",
                report(
                        emails,
                        1200,
                        DataFormat.CSV,
                        List.of(column("text", ColumnKind.TEXT), column("label", ColumnKind.CATEGORICAL)),
                        new ColumnRoles(null, "text", null, "label", null, null, null),
                        new DataDetails.Text(new LengthStats(5, 200, 300, 400, 200), "en", 0)),
                new PreprocessPlan(List.of(), List.of(), List.of(), List.of(), 0.2, 42, true),
                new TrainingConfig(3, "f1_macro", TIME_LIMIT, List.of("f1_macro", "accuracy"), null, null),
                List.of(
                        new ModelCandidate(
                                "tfidf_logistic_regression",
                                Map.of("C", 4.0, "max_features", 50_000.0, "ngram_max", 2.0, "max_iter", 2000.0)),
                        new ModelCandidate("tfidf_linear_svc", Map.of("C", 1.0, "max_features", 50_000.0))));
    }

    static JobContext clustering(Path iris) {
        List<String> features =
                List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)");
        return planned(
                TaskType.CLUSTERING,
                "group iris flowers",
                "iris-groups",
                report(
                        iris,
                        150,
                        DataFormat.CSV,
                        numeric(features, "species"),
                        ColumnRoles.NONE,
                        new DataDetails.Clustering(features, 2, 6)),
                new PreprocessPlan(
                        features,
                        List.of(),
                        List.of(),
                        List.of(new DroppedColumn("species", "not a feature")),
                        0.2,
                        42,
                        false),
                new TrainingConfig(0, "silhouette", TIME_LIMIT, List.of("silhouette"), null, null),
                List.of(new ModelCandidate("kmeans", Map.of("k_min", 2.0, "k_max", 6.0, "n_init", 10.0))));
    }

    static JobContext forecasting(Path series, String time, String target, int rows, int horizon, int season) {
        return planned(
                TaskType.TIME_SERIES_FORECASTING,
                "forecast the " + target,
                "forecast-" + target,
                report(
                        series,
                        rows,
                        DataFormat.CSV,
                        List.of(column(time, ColumnKind.DATE), column(target, ColumnKind.NUMERIC)),
                        new ColumnRoles(target, null, null, null, null, time, null),
                        new DataDetails.TimeSeries("monthly", 1, 0, 0, horizon, null, null)),
                new PreprocessPlan(List.of(), List.of(), List.of(time), List.of(), 0.1, 42, false),
                new TrainingConfig(3, "mase", TIME_LIMIT, List.of("mase", "smape"), horizon, null),
                List.of(
                        new ModelCandidate(
                                "lag_gradient_boosting",
                                Map.of("lags", 12.0, "max_iter", 300.0, "learning_rate", 0.05)),
                        new ModelCandidate("lag_ridge", Map.of("alpha", 1.0)),
                        new ModelCandidate("seasonal_naive", Map.of("season", (double) season))));
    }

    static JobContext imageClassification(Path folder, int images) {
        return planned(
                TaskType.IMAGE_CLASSIFICATION,
                "classify the colour of small images",
                "colours",
                report(
                        folder,
                        images,
                        DataFormat.IMAGE_FOLDER,
                        List.of(),
                        new ColumnRoles(null, null, null, "label", "image", null, null),
                        null),
                new PreprocessPlan(List.of(), List.of(), List.of(), List.of(), 0.2, 42, true),
                new TrainingConfig(3, "f1_macro", TIME_LIMIT, List.of("f1_macro", "accuracy"), null, null),
                List.of(
                        new ModelCandidate(
                                "pixels_logistic_regression", Map.of("image_size", 16.0, "C", 1.0, "max_iter", 2000.0)),
                        new ModelCandidate(
                                "pixels_hist_gradient_boosting",
                                Map.of("image_size", 16.0, "max_iter", 50.0, "min_samples_leaf", 5.0))));
    }

    static JobContext imageRegression(Path folder, int images) {
        return planned(
                TaskType.IMAGE_REGRESSION,
                "estimate how bright an image is",
                "brightness",
                report(
                        folder,
                        images,
                        DataFormat.IMAGE_METADATA,
                        List.of(),
                        new ColumnRoles("brightness", null, null, null, "image", null, null),
                        null),
                new PreprocessPlan(List.of(), List.of(), List.of(), List.of(), 0.2, 42, false),
                new TrainingConfig(3, "r2", TIME_LIMIT, List.of("r2", "rmse", "mae"), null, null),
                List.of(new ModelCandidate("pixels_ridge", Map.of("image_size", 16.0, "alpha", 1.0))));
    }

    private static JobContext planned(
            TaskType type,
            String text,
            String name,
            DataReport report,
            PreprocessPlan plan,
            TrainingConfig config,
            List<ModelCandidate> candidates) {
        ParsedIntent intent = new ParsedIntent(
                        type, text, new DatasetSpec(DatasetSourceKind.LOCAL, report.path(), report.target()), name)
                .withRuntime(RuntimeSpec.LOCAL);
        JobContext context = JobContext.of(new BuildRequest(text, report.path(), null, name, Stage.DEPLOY))
                .with(intent)
                .with(report)
                .with(config)
                .with(new ArchitectureSpec(candidates, null, "sklearn", null));
        return type == TaskType.LLM_FINETUNING ? context : context.with(plan);
    }

    private static DataReport report(
            Path path,
            long rows,
            DataFormat format,
            List<ColumnProfile> columns,
            ColumnRoles roles,
            DataDetails details) {
        return new DataReport(
                path.toString(),
                rows,
                columns,
                roles.target(),
                Map.of(),
                List.of(),
                DataSource.local(path.toString(), format),
                roles,
                details);
    }

    private static List<ColumnProfile> numeric(List<String> features, String target) {
        List<ColumnProfile> columns = new java.util.ArrayList<>(
                features.stream().map(f -> column(f, ColumnKind.NUMERIC)).toList());
        columns.add(column(target, ColumnKind.CATEGORICAL));
        return columns;
    }

    private static ColumnProfile column(String name, ColumnKind kind) {
        return new ColumnProfile(name, kind, 0, 10, false, null, null);
    }
}
