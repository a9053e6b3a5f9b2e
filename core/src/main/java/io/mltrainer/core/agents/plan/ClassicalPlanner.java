package io.mltrainer.core.agents.plan;

import io.mltrainer.core.domain.ColumnKind;
import io.mltrainer.core.domain.ColumnProfile;
import io.mltrainer.core.domain.DataDetails;
import io.mltrainer.core.domain.DataReport;
import io.mltrainer.core.domain.DroppedColumn;
import io.mltrainer.core.domain.ModelCandidate;
import io.mltrainer.core.domain.NeuralSettings;
import io.mltrainer.core.domain.Precision;
import io.mltrainer.core.domain.PreprocessPlan;
import io.mltrainer.core.domain.TaskType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Models that train in minutes on a CPU: TF-IDF with linear models for text, pixel features (or a small CNN for
 * many images) for images, lag features with gradient boosting beside exponential smoothing and ARIMA against a
 * naive baseline for forecasting, and k-means with k chosen by silhouette for clustering (columns that look like a
 * label left out). Times are rough per-row costs measured on a laptop core.
 */
final class ClassicalPlanner {
    static final long SEED = 42;
    static final int PIXEL_LIMIT = 2_000;
    static final String LABEL_LIKE = "looks like a label: the groups are found without it";
    private static final Pattern LABEL_NAME = Pattern.compile(
            "(?i)(^|[^a-z])(label|labels|class|classes|target|species|category|categories|y|outcome|diagnosis|"
                    + "cultivar|variety|genre)($|[^a-z])");

    ClassicalChoice plan(TaskType type, DataReport report) {
        return switch (type) {
            case TEXT_CLASSIFICATION -> text(report);
            case IMAGE_CLASSIFICATION, IMAGE_REGRESSION -> images(type, report);
            case TIME_SERIES_FORECASTING -> forecasting(report);
            case CLUSTERING -> clustering(report);
            default -> throw new IllegalArgumentException(type.id() + " has no classical plan");
        };
    }

    static boolean covers(TaskType type) {
        return type == TaskType.TEXT_CLASSIFICATION
                || type == TaskType.IMAGE_CLASSIFICATION
                || type == TaskType.IMAGE_REGRESSION
                || type == TaskType.TIME_SERIES_FORECASTING
                || type == TaskType.CLUSTERING;
    }

    private ClassicalChoice text(DataReport report) {
        String text = report.roles().text();
        int folds = folds(report.classCounts());
        var words = report.details() instanceof DataDetails.Text t ? t.words().mean() : 50;
        long seconds = 10 + Math.round(report.rows() * words * 2e-6 * 2 * (folds + 1));
        var preprocess = plan(
                List.of(),
                List.of(),
                List.of(),
                true,
                List.of("TF-IDF on `" + text + "`: word 1–2-grams, up to 50,000 features, sublinear tf, English stop"
                        + " words kept"));
        return new ClassicalChoice(
                List.of(
                        new ModelCandidate(
                                "tfidf_logistic_regression",
                                Map.of("C", 4.0, "max_features", 50_000.0, "ngram_max", 2.0, "max_iter", 2000.0)),
                        new ModelCandidate(
                                "tfidf_linear_svc", Map.of("C", 1.0, "max_features", 50_000.0, "ngram_max", 2.0))),
                "sklearn",
                preprocess,
                folds,
                null,
                null,
                seconds,
                List.of(folds + "-fold cross-validation of 2 candidates on " + report.rows() + " texts"));
    }

    private ClassicalChoice images(TaskType type, DataReport report) {
        long images = report.details() instanceof DataDetails.Images i ? i.images() : report.rows();
        boolean classification = type == TaskType.IMAGE_CLASSIFICATION;
        int folds = classification ? folds(report.classCounts()) : 3;
        if (images > PIXEL_LIMIT && classification) {
            var neural = new NeuralSettings(10, 32, 1, 1e-3, Precision.FP32, null, 64, null, null, false);
            var preprocess = plan(
                    List.of(),
                    List.of(),
                    List.of(),
                    true,
                    List.of("resize to 64×64 RGB, scale to [0, 1]", "random horizontal flips for training"));
            return new ClassicalChoice(
                    List.of(new ModelCandidate(
                            "small_cnn", Map.of("image_size", 64.0, "conv_blocks", 3.0, "width", 32.0))),
                    "torch",
                    preprocess,
                    0,
                    null,
                    neural,
                    30 + Math.round(images * 10 * 0.01),
                    List.of("a 3-block CNN on 64×64 images, 10 epochs on the CPU, " + images + " images"));
        }
        var preprocess = plan(
                List.of(),
                List.of(),
                List.of(),
                classification,
                List.of("resize to 32×32 grayscale, flatten to 1,024 pixel features, scale to [0, 1]"));
        List<ModelCandidate> candidates = classification
                ? List.of(
                        new ModelCandidate(
                                "pixels_logistic_regression", Map.of("image_size", 32.0, "C", 1.0, "max_iter", 2000.0)),
                        new ModelCandidate(
                                "pixels_hist_gradient_boosting", Map.of("image_size", 32.0, "max_iter", 200.0)))
                : List.of(
                        new ModelCandidate("pixels_ridge", Map.of("image_size", 32.0, "alpha", 1.0)),
                        new ModelCandidate(
                                "pixels_hist_gradient_boosting", Map.of("image_size", 32.0, "max_iter", 200.0)));
        long seconds = 10 + Math.round(images * 0.01 + images * 1024 * 1e-6 * 2 * (folds + 1));
        return new ClassicalChoice(
                candidates,
                "sklearn",
                preprocess,
                folds,
                null,
                null,
                seconds,
                List.of(folds + "-fold cross-validation of 2 candidates on " + images + " images of 32×32 pixels"));
    }

    private ClassicalChoice forecasting(DataReport report) {
        var series = (DataDetails.TimeSeries) report.details();
        int horizon = series.horizon();
        int season = season(series.frequency());
        long points = report.rows() / Math.max(1, series.series());
        int lags = (int) Math.max(3, Math.min(2L * season, points / 3));
        double testSize = Math.min(0.5, Math.max(0.01, (double) horizon * series.series() / report.rows()));
        var preprocess = new PreprocessPlan(
                List.of(),
                report.roles().series() == null
                        ? List.of()
                        : List.of(report.roles().series()),
                List.of(report.roles().time()),
                List.of(),
                testSize,
                SEED,
                false,
                List.of(
                        "sort by `" + report.roles().time() + "`"
                                + (series.gaps() > 0 ? ", fill missing periods with the last value" : ""),
                        "lags 1–" + lags + " of `" + report.roles().target() + "`, calendar features of `"
                                + report.roles().time() + "`",
                        "hold out the last " + horizon + " " + series.frequency() + " points"));
        long seconds = 10 + Math.round(report.rows() * lags * 1e-4 * 4);
        return new ClassicalChoice(
                List.of(
                        new ModelCandidate(
                                "lag_gradient_boosting",
                                Map.of("lags", (double) lags, "max_iter", 300.0, "learning_rate", 0.05)),
                        new ModelCandidate("seasonal_naive", Map.of("season", (double) season))),
                "sklearn",
                preprocess,
                3,
                horizon,
                null,
                seconds,
                List.of(
                        "3 rolling-origin folds, recursive forecasts " + horizon + " steps ahead",
                        "exponential smoothing and ARIMA (statsmodels) are backtested beside the lag model",
                        "the seasonal naive forecast is the baseline MASE compares against"));
    }

    private ClassicalChoice clustering(DataReport report) {
        var details = (DataDetails.Clustering) report.details();
        List<String> numeric = new ArrayList<>();
        List<String> categorical = new ArrayList<>();
        List<DroppedColumn> dropped = new ArrayList<>();
        for (ColumnProfile column : report.columns()) {
            if (labelLike(column, report)) {
                dropped.add(new DroppedColumn(column.name(), LABEL_LIKE));
            } else if (!details.features().contains(column.name())) {
                dropped.add(new DroppedColumn(column.name(), column.idLike() ? "an id" : "not a usable feature"));
            } else if (column.kind() == ColumnKind.NUMERIC) {
                numeric.add(column.name());
            } else {
                categorical.add(column.name());
            }
        }
        List<String> steps = new ArrayList<>();
        steps.add("impute and standardise numbers, one-hot encode categories");
        dropped.stream()
                .filter(d -> d.reason().equals(LABEL_LIKE))
                .forEach(d -> steps.add("`" + d.name() + "` is left out: " + LABEL_LIKE));
        var preprocess = new PreprocessPlan(numeric, categorical, List.of(), dropped, 0.2, SEED, false, steps);
        if (numeric.isEmpty() && categorical.isEmpty()) {
            throw new IllegalArgumentException("no column is left to cluster on: "
                    + dropped.stream()
                            .map(d -> d.name() + " (" + d.reason() + ")")
                            .toList());
        }
        long seconds = 10 + Math.round(report.rows() * details.features().size() * details.maxK() * 10 * 1e-5);
        return new ClassicalChoice(
                List.of(new ModelCandidate(
                        "kmeans",
                        Map.of("k_min", (double) details.minK(), "k_max", (double) details.maxK(), "n_init", 10.0))),
                "sklearn",
                preprocess,
                0,
                null,
                null,
                seconds,
                List.of("k from " + details.minK() + " to " + details.maxK() + ", the best silhouette wins"));
    }

    /**
     * A column that names what each row is (the target or label the data report found, or a column called like one
     * with few distinct values): clustering on it would only find the labels again.
     */
    static boolean labelLike(ColumnProfile column, DataReport report) {
        String name = column.name();
        if (name.equals(report.roles().target()) || name.equals(report.roles().label())) {
            return true;
        }
        long limit = Math.max(2, Math.min(20, report.rows() / 5));
        return LABEL_NAME.matcher(name).find() && column.distinct() >= 2 && column.distinct() <= limit;
    }

    /** Folds that the smallest class can fill, as for tables. */
    static int folds(Map<String, Long> classes) {
        long smallest =
                classes.values().stream().mapToLong(Long::longValue).min().orElse(10);
        return (int) Math.max(2, Math.min(5, Math.floor(smallest * 0.8)));
    }

    static int season(String frequency) {
        return switch (frequency) {
            case "hourly" -> 24;
            case "daily" -> 7;
            case "weekly" -> 52;
            case "monthly" -> 12;
            case "quarterly" -> 4;
            default -> 1;
        };
    }

    private static PreprocessPlan plan(
            List<String> numeric, List<String> categorical, List<String> dates, boolean stratify, List<String> steps) {
        return new PreprocessPlan(numeric, categorical, dates, List.of(), 0.2, SEED, stratify, steps);
    }
}
